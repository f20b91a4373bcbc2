package org.bss.system.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.identity.PasswordHash;
import org.bss.system.support.BssCommand;
import org.bss.system.support.OperatorSoap;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The way back for a locked operator (issue 11): a fixture operator is locked by MAX_NUMBER_LOGIN_ATTEMPTS wrong
 * passwords over SOAP (what anyone who reaches the endpoint can send), gets the lock mail and a SYSTEM lock entry in
 * the audit log; then {@code ./bss unlock} or {@code ./bss reset-password} runs as a process against the running
 * server's database, and the operator logs in again. Runs on the database of the test run (PostgreSQL in CI, H2 by
 * default: the script finds it through the same BSS_* environment). The bootstrap operator is only read.
 */
class RecoveryCommandIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    static final String REST = System.getProperty("bss.http.url", "http://localhost:8080") + "/bss/api/v1";
    static final String NEW_PASSWORD = "Recovery-IT-2026-pw";

    /** Reads and switches settings; never locked. */
    private static TestUser settingsOperator;

    private static int maxAttempts;
    private static String auditBefore;

    @BeforeAll
    static void setUp() {
        TestMailServer.start();
        settingsOperator = TestUsers.operator();
        maxAttempts = Integer.parseInt(OperatorSoap.setting(settingsOperator, "MAX_NUMBER_LOGIN_ATTEMPTS"));
        auditBefore = OperatorSoap.setting(settingsOperator, "AUDIT_LOG_ENABLED");
        OperatorSoap.saveSetting(settingsOperator, "AUDIT_LOG_ENABLED", "true");
    }

    @AfterAll
    static void cleanUp() {
        try {
            OperatorSoap.saveSetting(settingsOperator, "AUDIT_LOG_ENABLED", auditBefore);
        } finally {
            TestUsers.delete(settingsOperator);
        }
    }

    @Test
    void anOperatorLockedByWrongSoapCallsIsUnlockedWhileTheServerRuns() {
        TestUser operator = TestUsers.operator();
        try {
            lockByWrongPasswords(operator);
            MimeMessage lockMail = TestMailServer.awaitMail(address(operator), MAIL_WAIT);
            assertThat(TestMailServer.body(lockMail)).contains(operator.userId());
            assertThat(auditEntries(39014, operator))
                    .as("locked by the lockout rule")
                    .containsExactly("Lock user|userId=SYSTEM|orgId=|orgName=|user=" + operator.userId());

            BssCommand.Result unlocked = BssCommand.run("unlock", operator.userId());

            assertThat(unlocked.code()).as(unlocked.toString()).isZero();
            assertThat(unlocked.out())
                    .contains(
                            "User " + operator.userId() + " unlocked; its failed-login count (" + maxAttempts
                                    + ") is cleared.",
                            "Recorded in the audit log: 39015 Unlock user by LOCAL_ADMINISTRATOR.");
            TestUsers.Stored stored = TestUsers.stored(operator);
            assertThat(stored.locked()).isFalse();
            assertThat(stored.failedLoginCount()).isZero();
            assertThat(OperatorSoap.login(operator.key(), operator.password()))
                    .as("the next login reads the unlocked row")
                    .isEqualTo(200);
            assertThat(auditEntries(39015, operator))
                    .singleElement()
                    .asString()
                    .startsWith("Unlock user|userId=LOCAL_ADMINISTRATOR|orgId=|orgName=|user=" + operator.userId()
                            + "|osUser=")
                    .contains("|host=");

            BssCommand.Result again = BssCommand.run("unlock", operator.userId());
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(again.out())
                    .startsWith(
                            "User " + operator.userId() + " is not locked and has no failed logins: nothing changed.");
            assertThat(auditEntries(39015, operator)).hasSize(1);
        } finally {
            TestUsers.delete(operator);
        }
    }

    @Test
    void resetPasswordPrintsAPasswordThatMustBeChangedAtTheNextLogin() {
        TestUser operator = TestUsers.operator();
        try {
            lockByWrongPasswords(operator);

            BssCommand.Result reset = BssCommand.run("reset-password", operator.userId());

            assertThat(reset.code()).as(reset.toString()).isZero();
            Matcher printed = Pattern.compile("(?m)^initialPassword=(\\S+)$").matcher(reset.out());
            assertThat(printed.find()).as(reset.toString()).isTrue();
            String password = printed.group(1);
            assertThat(reset.out()).contains("Recorded in the audit log: 39016 Reset password by LOCAL_ADMINISTRATOR.");
            TestUsers.Stored stored = TestUsers.stored(operator);
            assertThat(stored.locked()).isFalse();
            assertThat(stored.passwordChangeRequired()).isTrue();
            assertThat(PasswordHash.verify(password, stored.passwordHash())).isTrue();
            assertThat(auditEntries(39016, operator))
                    .singleElement()
                    .asString()
                    .startsWith("Reset password|userId=LOCAL_ADMINISTRATOR|orgId=|orgName=|user=" + operator.userId()
                            + "|osUser=");

            assertThat(OperatorSoap.login(operator.key(), operator.password()))
                    .as("the old password is gone")
                    .isEqualTo(401);
            assertThat(OperatorSoap.login(operator.key(), password))
                    .as("SOAP accepts it (the change is asked by portal and REST)")
                    .isEqualTo(200);
            HttpResponse<String> token =
                    post("/auth/token", "{\"userId\":\"" + operator.userId() + "\",\"password\":\"" + password + "\"}");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(403);
            assertThat(token.body()).contains("password-change-required");
            HttpResponse<String> changed = post(
                    "/auth/password",
                    "{\"userId\":\"" + operator.userId() + "\",\"oldPassword\":\"" + password + "\",\"newPassword\":\""
                            + NEW_PASSWORD + "\"}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            HttpResponse<String> afterChange = post(
                    "/auth/token", "{\"userId\":\"" + operator.userId() + "\",\"password\":\"" + NEW_PASSWORD + "\"}");
            assertThat(afterChange.statusCode()).as(afterChange.body()).isEqualTo(200);
        } finally {
            TestUsers.delete(operator);
        }
    }

    @Test
    void anUnknownUserOrAMissingUserIdChangesNothing() {
        TestUsers.Stored administrator = TestUsers.stored(TestUsers.ADMINISTRATOR_KEY);
        String nobody = "st-nobody-" + UUID.randomUUID().toString().substring(0, 8);

        BssCommand.Result unknown = BssCommand.run("unlock", nobody);
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(5);
        assertThat(unknown.err()).isEqualTo("Error: The user " + nobody + " does not exist.\n");
        assertThat(unknown.out()).isEmpty();

        BssCommand.Result missing = BssCommand.run("reset-password");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err())
                .startsWith("Error: The user id is missing.")
                .contains("./bss reset-password <userId>");

        assertThat(TestUsers.stored(TestUsers.ADMINISTRATOR_KEY)).isEqualTo(administrator);
    }

    /** MAX_NUMBER_LOGIN_ATTEMPTS wrong passwords over SOAP: the last one locks, then even the right one is refused. */
    private static void lockByWrongPasswords(TestUser operator) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            assertThat(TestUsers.stored(operator).locked())
                    .as("not locked before attempt %d", attempt)
                    .isFalse();
            assertThat(OperatorSoap.login(operator.key(), "wrong-" + attempt)).isEqualTo(401);
        }
        TestUsers.Stored stored = TestUsers.stored(operator);
        assertThat(stored.locked()).isTrue();
        assertThat(stored.failedLoginCount()).isEqualTo(maxAttempts);
        assertThat(OperatorSoap.login(operator.key(), operator.password()))
                .as("locked: the right password is refused")
                .isEqualTo(401);
    }

    /** The fixture users' mailbox (TestUsers). */
    private static String address(TestUser user) {
        return user.userId() + "@system-test.invalid";
    }

    /** "operation name|pairs" of the entries of {@code operationId} about the user, oldest first. */
    private static List<String> auditEntries(int operationId, TestUser user) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select operation_name, pairs from audit_log where operation_id = ?"
                            + " and (pairs like ? or pairs like ?) order by id")) {
                s.setInt(1, operationId);
                s.setString(2, "%|user=" + user.userId());
                s.setString(3, "%|user=" + user.userId() + "|%");
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1) + "|" + r.getString(2));
                    }
                }
                return out;
            }
        });
    }

    private static HttpResponse<String> post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(REST + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("POST " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
