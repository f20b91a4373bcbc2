package org.bss.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator command-line client as an operator runs it: {@code java -jar bss-operator-client.jar
 * <userkey> <password> <command> key=value...} against the deployed server, as fixture users of its own
 * ({@link TestUsers}; the bootstrap operator is not used). Every test restores what it changes.
 */
class OperatorClientIT {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final Path JAR = Path.of(System.getProperty(
                    "bss.operator.client.jar", "../setup/operator-client/target/bss-operator-client.jar"))
            .toAbsolutePath()
            .normalize();
    static final String KEY = "AUDIT_LOG_MAX_ENTRIES_RETRIEVED";

    static TestUser operator;

    @TempDir
    Path workDir;

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void jarIsBuilt() {
        assertThat(JAR).as("build setup/operator-client first").isRegularFile();
        operator = TestUsers.operator();
    }

    @AfterAll
    static void deleteUsers() {
        TestUsers.delete(operator);
    }

    /** Runs the client with --url pointing at the server under test. */
    Result cli(String... args) throws Exception {
        List<String> all = new ArrayList<>();
        all.add("--url=" + BASE);
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    /** Runs the client exactly with these arguments, in a scratch working directory, without BSS_URL. */
    Result raw(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("BSS_URL");
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("client finished").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    Map<String, String> settings() throws Exception {
        Result r = cli(operator.key(), operator.password(), "getconfigurationsettings");
        assertThat(r.code()).as(r.err()).isZero();
        return r.outLines().stream()
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    @Test
    void getconfigurationsettingsPrintsSortedKeyValueLines() throws Exception {
        Result r = cli(operator.key(), operator.password(), "getconfigurationsettings");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines).isSorted().allMatch(l -> l.matches("[A-Z0-9_]+=.*"));
        assertThat(lines).anyMatch(l -> l.startsWith("MAX_NUMBER_LOGIN_ATTEMPTS="));
        assertThat(lines).anyMatch(l -> l.startsWith(KEY + "="));
    }

    @Test
    void saveconfigurationsettingStoresAndIsRestored() throws Exception {
        String before = settings().get(KEY);
        String changed = "42".equals(before) ? "43" : "42";
        try {
            Result r = cli(
                    operator.key(),
                    operator.password(),
                    "saveconfigurationsetting",
                    "settingKey=" + KEY,
                    "settingValue=" + changed);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(KEY);
            assertThat(settings()).containsEntry(KEY, changed);
        } finally {
            assertThat(cli(
                                    operator.key(),
                                    operator.password(),
                                    "saveconfigurationsetting",
                                    "settingKey=" + KEY,
                                    "settingValue=" + before)
                            .code())
                    .isZero();
        }
        assertThat(settings()).containsEntry(KEY, before);
    }

    @Test
    void outOfRangeValueIsRejectedWithExitFiveAndChangesNothing() throws Exception {
        String before = settings().get(KEY);

        Result r = cli(
                operator.key(),
                operator.password(),
                "saveconfigurationsetting",
                "settingKey=" + KEY,
                "settingValue=101");

        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("Error: ")
                .contains(KEY)
                .contains("101");
        assertThat(r.out()).isEmpty();
        assertThat(settings()).containsEntry(KEY, before);
    }

    @Test
    void unknownSettingKeyIsRejectedWithExitFive() throws Exception {
        Result r = cli(
                operator.key(),
                operator.password(),
                "saveconfigurationsetting",
                "settingKey=NO_SUCH_SETTING",
                "settingValue=1");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("NO_SUCH_SETTING");
    }

    @Test
    void addcurrencyIsIdempotentAndRefusesUnknownCodes() throws Exception {
        // JPY is supported from setup on: adding it again changes nothing, so there is nothing to restore
        assertThat(cli(operator.key(), operator.password(), "addcurrency", "currencyISOCode=JPY")
                        .code())
                .isZero();
        Result again = cli(operator.key(), operator.password(), "addcurrency", "currencyISOCode=JPY");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("JPY");

        Result bad = cli(operator.key(), operator.password(), "addcurrency", "currencyISOCode=XXQ");
        assertThat(bad.code()).isEqualTo(5);
        assertThat(bad.err()).contains("XXQ");
    }

    @Test
    void badArgumentsAreUsageErrorsListingTheCommands() throws Exception {
        String[][] cases = {
            {},
            {"admin", operator.password(), "getconfigurationsettings"},
            {operator.key(), operator.password(), "frobnicate"},
            {operator.key(), operator.password(), "saveconfigurationsetting", "settingKey=" + KEY},
            {operator.key(), operator.password(), "addcurrency", "currencyISOCode=JPY", "currencyISOCode=USD"},
            {operator.key(), operator.password(), "addcurrency", "currency=JPY"},
            {operator.key(), operator.password(), "addcurrency", "JPY"},
        };
        for (String[] args : cases) {
            Result r = raw(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err())
                    .as(String.join(" ", args))
                    .startsWith("Error: ")
                    .contains("getconfigurationsettings", "saveconfigurationsetting", "addcurrency");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void wrongPasswordIsExitThree() throws Exception {
        Result r = cli(operator.key(), "wrong-" + operator.password(), "getconfigurationsettings");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .contains("Authentication failed for user key " + operator.key());
        assertThat(r.out()).isEmpty();
        // a success resets the failed-login count, so this test never moves the operator towards lockout
        assertThat(cli(operator.key(), operator.password(), "getconfigurationsettings")
                        .code())
                .isZero();
        assertThat(TestUsers.stored(operator).failedLoginCount()).isZero();
    }

    @Test
    void lockedUserIsRefusedEvenWithTheRightPasswordWithTheGenericMessage() throws Exception {
        TestUser locked = TestUsers.locked();
        try {
            Result r = cli(locked.key(), locked.password(), "getconfigurationsettings");

            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err().lines().toList())
                    .singleElement()
                    .asString()
                    .isEqualTo("Error: Authentication failed for user key " + locked.key()
                            + ": wrong password, unknown user key, or the account is locked.");
            assertThat(r.out()).isEmpty();
            assertThat(TestUsers.stored(locked).locked()).isTrue();
        } finally {
            TestUsers.delete(locked);
        }
    }

    @Test
    void maxNumberOfWrongPasswordsLocksTheAccount() throws Exception {
        TestUser victim = TestUsers.operator();
        try {
            int attempts = Integer.parseInt(settings().get("MAX_NUMBER_LOGIN_ATTEMPTS"));
            for (int i = 0; i < attempts; i++) {
                assertThat(cli(victim.key(), "wrong-" + victim.password(), "getconfigurationsettings")
                                .code())
                        .isEqualTo(3);
            }
            assertThat(TestUsers.stored(victim).locked())
                    .as("locked after %s failures", attempts)
                    .isTrue();

            Result locked = cli(victim.key(), victim.password(), "getconfigurationsettings");
            assertThat(locked.code()).isEqualTo(3);
            assertThat(locked.err()).contains("locked").contains("Authentication failed for user key " + victim.key());
        } finally {
            TestUsers.delete(victim);
        }
    }

    @Test
    void userWithoutOperatorRoleIsExitFour() throws Exception {
        TestUser plain = TestUsers.plainUser();
        try {
            Result read = cli(plain.key(), plain.password(), "getconfigurationsettings");
            assertThat(read.code()).as(read.err()).isEqualTo(4);
            assertThat(read.err().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("Error: ")
                    .contains("User key " + plain.key())
                    .contains("not permitted");
            assertThat(read.out()).isEmpty();

            Result save = cli(
                    plain.key(), plain.password(), "saveconfigurationsetting", "settingKey=" + KEY, "settingValue=42");
            assertThat(save.code()).as(save.err()).isEqualTo(4);
            assertThat(TestUsers.stored(plain).failedLoginCount())
                    .as("the login itself succeeded")
                    .isZero();
        } finally {
            TestUsers.delete(plain);
        }
    }

    @Test
    void unreachableServerIsExitSix() throws Exception {
        Result r = raw("--url=http://127.0.0.1:9", operator.key(), operator.password(), "getconfigurationsettings");
        assertThat(r.code()).isEqualTo(6);
        assertThat(r.err()).contains("Cannot reach BSS at http://127.0.0.1:9");
    }

    @Test
    void serverUrlFromPropertiesFileInTheWorkingDirectory() throws Exception {
        Files.writeString(workDir.resolve("operator-client.properties"), "bss.url=" + BASE + "\n");
        Result r = raw(operator.key(), operator.password(), "getconfigurationsettings");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("MAX_NUMBER_LOGIN_ATTEMPTS=");
    }
}
