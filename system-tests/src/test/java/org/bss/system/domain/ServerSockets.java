package org.bss.system.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc} (what {@code ss -ltnp} shows), so the test
 * needs no tool and sees the sockets of every subsystem of the server, including those on dynamic ports.
 */
final class ServerSockets {

    /** One listening socket: the address it is bound to and its port. */
    record Listener(InetAddress address, int port, long inode) {

        boolean loopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            return (address.isAnyLocalAddress() ? "*" : address.getHostAddress()) + ":" + port;
        }
    }

    private static final String LISTEN = "0A";

    private ServerSockets() {}

    /** Every listening TCP socket of the machine (IPv4 and IPv6 tables). */
    static List<Listener> all() {
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(path)) {
                lines.skip(1).map(String::trim).map(line -> line.split("\\s+")).forEach(fields -> {
                    if (fields.length > 9 && LISTEN.equals(fields[3])) {
                        String local = fields[1];
                        int colon = local.indexOf(':');
                        listeners.add(new Listener(
                                address(local.substring(0, colon)),
                                Integer.parseInt(local.substring(colon + 1), 16),
                                Long.parseLong(fields[9])));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listeners;
    }

    /** The process that listens on the given port (the server, found by its HTTP port). */
    static Optional<Long> ownerOf(int port) {
        Set<Long> inodes = new HashSet<>();
        all().stream().filter(l -> l.port() == port).forEach(l -> inodes.add(l.inode()));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .filter(p -> socketInodes(p).stream().anyMatch(inodes::contains))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listening sockets that belong to one process. */
    static List<Listener> of(long pid) {
        Set<Long> inodes = socketInodes(Path.of("/proc", Long.toString(pid)));
        return all().stream().filter(l -> inodes.contains(l.inode())).toList();
    }

    /** The inodes of the sockets a process holds: its fd links read "socket:[inode]". */
    private static Set<Long> socketInodes(Path process) {
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // the descriptor was closed meanwhile: not a listener of interest
                }
            });
        } catch (IOException e) {
            // a process that ended or is not ours: none of its sockets can be read
        }
        return inodes;
    }

    /** /proc/net/tcp* addresses: 32-bit words in host (little-endian) byte order, in hex. */
    private static InetAddress address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex.toLowerCase(Locale.ROOT), e);
        }
    }
}
