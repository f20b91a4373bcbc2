package org.bss.system.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's {@code ./bss} script as a process, as an operator at the server's machine would, in the
 * environment of the test run (BSS_DB, BSS_DB_*, BSS_RUNTIME: the same database as {@link TestDatabase}).
 */
public final class BssCommand {

    /** The repository root (the tests run in system-tests/). */
    public static final Path HOME =
            Path.of(System.getProperty("bss.home", "..")).toAbsolutePath().normalize();

    /** Exit code and output of one run. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private BssCommand() {}

    public static Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bss").toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("bss-command-out", ".txt");
            Path err = Files.createTempFile("bss-command-err", ".txt");
            try {
                Process p = new ProcessBuilder(command)
                        .directory(HOME.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("./bss " + String.join(" ", args) + " did not finish in 5 minutes");
                }
                return new Result(
                        p.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot run ./bss: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
