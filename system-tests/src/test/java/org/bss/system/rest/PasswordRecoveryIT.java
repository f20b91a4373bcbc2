package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.UserApi.MAIL_WAIT;
import static org.bss.system.rest.UserApi.NEW_PASSWORD;
import static org.bss.system.rest.UserApi.assertInvalid;
import static org.bss.system.rest.UserApi.assertProblem;

import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.rest.UserApi.Created;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password" through REST (USR-3), unauthenticated: the request is answered 202 whoever is named, only an
 * active user gets a link by mail, its token sets a new password once.
 */
class PasswordRecoveryIT {

    private static final Set<String> RECOVERY_SUBJECTS =
            Set.of("Choose a new BSS password", "Neues BSS-Kennwort festlegen", "BSS パスワードの再設定");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/bss-portal/recover\\.xhtml\\?token=(\\S+)");
    /** How long a mail that should not come is waited for: mails leave through the task queue within seconds. */
    private static final long QUIET_MILLIS = 5000;

    private static TestOrganization org;

    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    private Answer request(String userId) {
        return api.send(
                "POST", "/auth/password-recovery", null, "application/json", RestClient.json("userId", userId), null);
    }

    private Answer confirm(String token, String password) {
        return api.send(
                "POST",
                "/auth/password-recovery/confirm",
                null,
                "application/json",
                RestClient.json("token", token, "newPassword", password),
                "de");
    }

    private static long recoveryMails() {
        return java.util.Arrays.stream(TestMailServer.start().getReceivedMessages())
                .filter(m -> RECOVERY_SUBJECTS.contains(TestMailServer.subject(m)))
                .count();
    }

    @Test
    void aRecoveryLinkSetsANewPasswordOnce() {
        Created user =
                api.createActiveUser(api.token(org.admin()), org.orgId(), "recover", "ja", "SUBSCRIPTION_MANAGER");

        Answer asked = request(user.userId());

        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.body()).isEmpty();
        MimeMessage mail = TestMailServer.awaitMails(user.email(), 2, MAIL_WAIT).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("BSS パスワードの再設定");
        Matcher link = LINK.matcher(TestMailServer.body(mail));
        assertThat(link.find()).as(TestMailServer.body(mail)).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        assertInvalid(confirm(token, "short"), "identity.password.tooShort");
        Answer confirmed = confirm(token, "Recovered-pw-42");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        assertThat(api.tokenAnswer(user.userId(), "Recovered-pw-42").status()).isEqualTo(200);
        assertProblem(api.tokenAnswer(user.userId(), NEW_PASSWORD), 401, "authentication");
        String detail = assertInvalid(confirm(token, "Another-pw-42"), "identity.recovery.invalidToken")
                .getString("detail");
        assertThat(detail).isNotBlank().doesNotContain("identity.");
        assertThat(api.tokenAnswer(user.userId(), "Recovered-pw-42").status()).isEqualTo(200);
    }

    @Test
    void nobodyAndLockedUsersGetTheSameAnswerAndNoMail() throws InterruptedException {
        String admin = api.token(org.admin());
        Created locked = api.createActiveUser(admin, org.orgId(), "recover-locked", "en", "SUBSCRIPTION_MANAGER");
        Answer lock = api.send("POST", "/users/" + locked.userId() + "/lock", admin, null, null, null);
        assertThat(lock.status()).as(lock.toString()).isEqualTo(200);
        TestMailServer.awaitMails(locked.email(), 2, MAIL_WAIT); // created, locked
        long before = recoveryMails();

        Answer unknown = request(UserApi.newUserId("nobody"));
        Answer refused = request(locked.userId());

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(202);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(202);
        assertThat(refused.body()).isEqualTo(unknown.body());
        Thread.sleep(QUIET_MILLIS);
        assertThat(recoveryMails()).isEqualTo(before);
        assertThat(TestMailServer.mailsTo(locked.email())).hasSize(2);
    }

    @Test
    void badRequestsAre400() {
        assertInvalid(confirm("no-such-token", "Whatever-pw-42"), "identity.recovery.invalidToken");
        assertProblem(
                api.send("POST", "/auth/password-recovery", null, "application/json", null, null),
                400,
                "malformed-request");
        assertProblem(
                api.send("POST", "/auth/password-recovery", null, "application/json", "{\"user\":\"x\"}", null),
                400,
                "malformed-request");
        assertProblem(
                api.send(
                        "POST", "/auth/password-recovery/confirm", null, "application/json", "{\"token\":\"x\"}", null),
                400,
                "malformed-request");
    }
}
