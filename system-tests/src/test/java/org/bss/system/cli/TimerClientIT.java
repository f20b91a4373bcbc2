package org.bss.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.support.TestTimers;
import org.bss.system.support.TestTimers.Due;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * retrievetimerexpirations and reinittimers (guide §3.4.3–3.4.4) as processes against the deployed server: the listed
 * timers are the scheduled rows of due_work, with the original type names and the times in the client's zone;
 * reinittimers brings a schedule made stale behind BSS's back ({@link TestTimers}) in line with the settings; a user
 * without the operator role gets exit 4 and re-initialises nothing. Settings are put back and re-initialised.
 */
class TimerClientIT {

    static final Path JAR = OperatorClientIT.JAR;
    /** The client prints in its JVM's zone; the process runs on this machine with the same default zone. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private static TestUser operator;
    private static TestUser plainUser;

    @TempDir
    Path workDir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void fixtures() {
        assertThat(JAR).as("build setup/operator-client first").isRegularFile();
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void cleanUp() {
        TestUsers.delete(operator, plainUser);
    }

    Result cli(TestUser user, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--url=" + OperatorClientIT.BASE,
                user.key(),
                user.password()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("BSS_URL");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The lines the client prints for the timers as stored now: the scheduled ones, in BSS's order. */
    static List<String> expectedLines() {
        List<String> lines = new ArrayList<>(List.of("Currently registered timers:"));
        var stored = TestTimers.stored();
        TestTimers.ORIGINAL_TYPE.forEach((kind, type) -> {
            Due due = stored.get(kind);
            if (due != null && due.enabled()) {
                lines.add("Timer '" + type + "' expires at: "
                        + TIME.format(due.nextDueAt().atZone(ZoneId.systemDefault())));
            }
        });
        return lines;
    }

    @Test
    void retrievetimerexpirationsListsTheScheduledTimersAsStored() throws Exception {
        Result r = cli(operator, "retrievetimerexpirations");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).isEqualTo(expectedLines());
        // the subscription-expiration timer cannot be switched off (interval at least 1 ms)
        assertThat(r.out()).contains("Timer 'RESTRICTED_SUBSCRIPTION_USAGE_PERIOD' expires at: ");
    }

    @Test
    void reinittimersBringsAStaleScheduleInLineWithTheSettings() throws Exception {
        OperatorSettings.Previous previous = TestTimers.staleOffset(3 * 60 + 25);
        long offset = TestTimers.storedOffset();
        try {
            long scheduled = TestTimers.stored(TestTimers.KIND).offsetMillis();
            assertThat(scheduled).as("the schedule is stale").isNotEqualTo(offset);
            Instant before = Instant.now();

            Result r = cli(operator, "reinittimers");

            assertThat(r.code()).as(r.err()).isZero();
            TestTimers.assertScheduledDailyAt(offset, before);
            List<String> expected = new ArrayList<>(List.of("Timers re-initialised from the current settings."));
            expected.addAll(expectedLines());
            assertThat(r.lines()).isEqualTo(expected);
            assertThat(r.out())
                    .contains("Timer 'DISCOUNT_END_CHECK' expires at: "
                            + TIME.format(TestTimers.stored(TestTimers.KIND)
                                    .nextDueAt()
                                    .atZone(ZoneId.systemDefault())));
        } finally {
            OperatorSettings.restore(previous);
            assertThat(cli(operator, "reinittimers").code()).isZero();
        }
        assertThat(TestTimers.stored(TestTimers.KIND).offsetMillis()).isNotEqualTo(offset);
    }

    @Test
    void aUserWithoutTheOperatorRoleIsExitFourAndReinitialisesNothing() throws Exception {
        OperatorSettings.Previous previous = TestTimers.staleOffset(4 * 60 + 35);
        try {
            Due stale = TestTimers.stored(TestTimers.KIND);
            for (String command : List.of("retrievetimerexpirations", "reinittimers")) {
                Result r = cli(plainUser, command);
                assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(4);
                assertThat(r.err().lines().toList())
                        .singleElement()
                        .asString()
                        .startsWith("Error: ")
                        .contains("User key " + plainUser.key())
                        .contains("not permitted");
                assertThat(r.out()).isEmpty();
            }
            assertThat(TestTimers.stored(TestTimers.KIND))
                    .as("still the stale schedule")
                    .isEqualTo(stale);
            assertThat(TestUsers.stored(plainUser).failedLoginCount())
                    .as("the login itself succeeded")
                    .isZero();
        } finally {
            OperatorSettings.restore(previous);
        }
    }

    @Test
    void theCommandsTakeNoArguments() throws Exception {
        Result r = cli(operator, "reinittimers", "now=true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("Error: Unknown argument 'now' for reinittimers (it takes none).")
                .contains("retrievetimerexpirations", "reinittimers");
        assertThat(r.out()).isEmpty();
    }
}
