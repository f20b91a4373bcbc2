package org.bss.system.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the server logged since a mark: Payara's {@code server.log} and BSS's own {@code system.log} in the domain's
 * log directory ({@code -Dbss.server.logs}, else {@code $BSS_RUNTIME/domains/bes-domain/logs}, else the repository's
 * runtime). A bad input must leave no SEVERE (Payara) or ERROR (BSS) line and no stack trace there.
 */
public final class ServerLog {

    static final Path DIRECTORY = directory();
    private static final List<String> FILES = List.of("server.log", "system.log");
    /** A SEVERE record of Payara, an ERROR line of BSS, a frame or cause of a Java stack trace. */
    private static final Pattern FAILURE =
            Pattern.compile("\\[SEVERE]|FSP_INTS-BSS: (ERROR|FATAL):|^\\s+at [\\w$.]+\\(|^Caused by: ");

    private final long[] sizes = new long[FILES.size()];

    private ServerLog() {
        for (int i = 0; i < FILES.size(); i++) {
            sizes[i] = size(FILES.get(i));
        }
    }

    /** Remembers where the logs end now. */
    public static ServerLog mark() {
        Path server = DIRECTORY.resolve(FILES.get(0));
        if (!Files.isRegularFile(server)) {
            throw new AssertionError("no server log at " + server + ": set -Dbss.server.logs or BSS_RUNTIME");
        }
        return new ServerLog();
    }

    /** The lines written since the mark that report a failure (a rotated log is read from its start). */
    public List<String> failuresSince() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            for (String line : textSince(FILES.get(i), sizes[i]).lines().toList()) {
                if (FAILURE.matcher(line).find()) {
                    failures.add(FILES.get(i) + ": " + line);
                }
            }
        }
        return failures;
    }

    /**
     * For the end of a class: the log records of the last requests may still be on their way to the file, so this
     * waits a second before it reads.
     */
    public void assertCleanAfterWrites(String what) throws InterruptedException {
        Thread.sleep(1000);
        List<String> failures = failuresSince();
        if (!failures.isEmpty()) {
            throw new AssertionError("the server logged failures during " + what + ":\n" + String.join("\n", failures));
        }
    }

    private static String textSince(String file, long mark) {
        Path path = DIRECTORY.resolve(file);
        if (!Files.isRegularFile(path)) {
            return "";
        }
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
            long from = f.length() < mark ? 0 : mark;
            byte[] text = new byte[(int) Math.min(f.length() - from, 16L * 1024 * 1024)];
            f.seek(from);
            f.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(String file) {
        try {
            Path path = DIRECTORY.resolve(file);
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        String property = System.getProperty("bss.server.logs");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String runtime = System.getenv("BSS_RUNTIME");
        Path root = runtime != null && !runtime.isBlank() ? Path.of(runtime) : Path.of("..", "runtime");
        return root.resolve("domains")
                .resolve("bes-domain")
                .resolve("logs")
                .toAbsolutePath()
                .normalize();
    }
}
