package org.bss.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.cli.ExitCode;
import org.bss.identity.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: arguments, messages and exit codes, and both commands against a domain's H2 file held by another process. */
class RecoveryToolTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        Path setup = Files.createDirectories(home.resolve("setup"));
        RecoveryTool.Database jdbc = s -> DriverManager.getConnection(s.url(), s.user(), s.password());
        return new RecoveryTool(
                        setup,
                        env,
                        jdbc,
                        Clock.systemUTC(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badCommandLinesAreUsageErrorsWithTheUsageText() throws Exception {
        String[][] bad = {{}, {"unlock"}, {"unlock", "a", "b"}, {"lock", "a"}, {"reset-password", " "}, {"UNLOCK", "a"}
        };
        for (String[] args : bad) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(err()).startsWith("Error: ").contains("./bss unlock <userId>", "./bss reset-password <userId>");
            assertThat(out()).isEmpty();
        }
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(RecoveryTool.USAGE);
    }

    @Test
    void bothCommandsWorkWhileAnotherProcessHoldsTheH2File() throws Exception {
        env.put("BSS_RUNTIME", home.resolve("runtime").toString());
        Path file = Files.createDirectories(home.resolve("runtime/domains/bes-domain/bssdb"))
                .resolve("bss");
        String url = "jdbc:h2:" + file + DatabaseSettings.H2_OPTIONS;
        TestSchema.migrated(url); // closes its connections: the database is closed again
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        H2Holder.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        try (BufferedReader holderOut =
                        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                Writer holderIn = holder.outputWriter(StandardCharsets.UTF_8)) {
            assertThat(holderOut.readLine()).isEqualTo("ready");
            try (Connection c = DriverManager.getConnection(url, "bss", "bss")) { // through the holder's server
                TestSchema.set(c, "administrator", "LOCKED", 3);
            }

            assertThat(run("unlock", "administrator")).as(err()).isZero();
            assertThat(out()).isEqualTo("""
                            User administrator unlocked; its failed-login count (3) is cleared. It can log in now.
                            Recorded in the audit log: 39015 Unlock user by LOCAL_ADMINISTRATOR.
                            """);
            assertThat(seen(holderIn, holderOut, "administrator")).startsWith("ACTIVE,0,");

            assertThat(run("reset-password", "administrator")).as(err()).isZero();
            Matcher password = Pattern.compile("(?m)^initialPassword=(\\S+)$").matcher(out());
            assertThat(password.find()).as(out()).isTrue();
            assertThat(out()).startsWith("""
                            Password of user administrator reset; the account is active.
                            Recorded in the audit log: 39016 Reset password by LOCAL_ADMINISTRATOR.
                            """);
            String[] state = seen(holderIn, holderOut, "administrator").split(",", 3);
            assertThat(PasswordHash.verify(password.group(1), state[2])).isTrue();

            String before = seen(holderIn, holderOut, "administrator");
            assertThat(run("unlock", "nobody")).isEqualTo(ExitCode.REJECTED);
            assertThat(err()).isEqualTo("Error: The user nobody does not exist.\n");
            assertThat(out()).isEmpty();
            assertThat(seen(holderIn, holderOut, "administrator")).isEqualTo(before);

            env.put("BSS_DB_PWD", "wrong");
            assertThat(run("unlock", "administrator")).isEqualTo(ExitCode.AUTHENTICATION);
            assertThat(err()).startsWith("Error: The database jdbc:h2:").contains("refused the user bss");
        } finally {
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What the holding process reads for the user. */
    private static String seen(Writer in, BufferedReader out, String userId) throws Exception {
        in.write(userId + "\n");
        in.flush();
        return out.readLine();
    }

    @Test
    void aMissingH2DatabaseIsReportedAndNotCreated() throws Exception {
        env.put("BSS_RUNTIME", home.resolve("empty-runtime").toString());

        assertThat(run("unlock", "administrator")).isEqualTo(ExitCode.UNREACHABLE);

        assertThat(err())
                .startsWith("Error: There is no BSS database at jdbc:h2:")
                .contains("./bss start");
        assertThat(home.resolve("empty-runtime")).doesNotExist();
    }

    @Test
    void anUnreachablePostgresqlIsReported() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        env.putAll(Map.of("BSS_DB", "postgresql", "BSS_DB_HOST", "127.0.0.1", "BSS_DB_PORT", Integer.toString(port)));

        assertThat(run("reset-password", "administrator")).isEqualTo(ExitCode.UNREACHABLE);

        assertThat(err()).startsWith("Error: Cannot reach the database jdbc:postgresql://127.0.0.1:" + port + "/bss");
    }
}
