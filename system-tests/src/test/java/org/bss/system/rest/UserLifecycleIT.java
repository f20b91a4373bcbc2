package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.UserApi.MAIL_WAIT;
import static org.bss.system.rest.UserApi.NEW_PASSWORD;
import static org.bss.system.rest.UserApi.assertProblem;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.rest.UserApi.Created;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's life through the REST API with the mails it gets (GreenMail, {@link TestMailServer}): created with an
 * initial password in its language that is good only for a password change, locked and unlocked, its password reset.
 * Everything happens in a fixture organization of this class, deleted afterwards with every user in it.
 */
class UserLifecycleIT {

    private static TestOrganization org;

    private final UserApi api = new UserApi();
    private String admin;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @BeforeEach
    void token() {
        admin = api.token(org.admin());
    }

    @Test
    void aCreatedUserGetsItsInitialPasswordByMailInItsLanguage() {
        String german = UserApi.newUserId("de");
        String germanMail = TestMailServer.address("created-de");
        String japanese = UserApi.newUserId("ja");
        String japaneseMail = TestMailServer.address("created-ja");

        Answer created = api.send(
                "POST",
                "/organizations/" + org.orgId() + "/users",
                admin,
                "application/json",
                UserApi.newUser(
                        german,
                        germanMail,
                        "de",
                        List.of("SUBSCRIPTION_MANAGER"),
                        "salutation",
                        "MS",
                        "firstName",
                        "Jana",
                        "lastName",
                        "Müller",
                        "phone",
                        "+49 89 1234"),
                null);
        JsonObject ja = api.createUser(admin, org.orgId(), japanese, japaneseMail, "ja", "SUBSCRIPTION_MANAGER");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/bss/api/v1/users/" + german);
        JsonObject user = created.json();
        assertThat(user.getString("userId")).isEqualTo(german);
        assertThat(user.getString("organizationId")).isEqualTo(org.orgId());
        assertThat(user.getString("email")).isEqualTo(germanMail);
        assertThat(user.getString("locale")).isEqualTo("de");
        assertThat(user.getString("salutation")).isEqualTo("MS");
        assertThat(user.getString("lastName")).isEqualTo("Müller");
        assertThat(user.getString("phone")).isEqualTo("+49 89 1234");
        assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("SUBSCRIPTION_MANAGER");
        assertThat(user.getString("status")).isEqualTo("ACTIVE");
        assertThat(user.getBoolean("passwordChangeRequired")).isTrue();
        assertThat(user.getJsonNumber("key").longValue()).isPositive();
        assertThat(user.getString("createdAt")).isNotBlank();
        assertThat(user.containsKey("lastLoginAt")).isFalse();
        assertThat(ja.getString("locale")).isEqualTo("ja");

        Answer location = api.send("GET", created.header("Location"), admin, null, null, null);
        assertThat(location.status()).as(location.toString()).isEqualTo(200);
        assertThat(location.json().getString("userId")).isEqualTo(german);

        MimeMessage deMail = TestMailServer.awaitMail(germanMail, MAIL_WAIT);
        MimeMessage jaMail = TestMailServer.awaitMail(japaneseMail, MAIL_WAIT);
        assertThat(TestMailServer.subject(deMail)).isEqualTo("Ihr BSS-Benutzerkonto");
        assertThat(TestMailServer.body(deMail)).contains("Initialkennwort: ");
        assertThat(TestMailServer.subject(jaMail)).isEqualTo("BSS ユーザーアカウント作成のお知らせ");
        assertThat(TestMailServer.body(jaMail)).contains("初期パスワード: ");

        // the initial password only allows the password change
        String initial = UserApi.password(deMail, german);
        assertProblem(api.tokenAnswer(german, initial), 403, "password-change-required");
        assertProblem(api.tokenAnswer(german, "wrong-" + initial), 401, "authentication");
        Answer change = api.changePassword(german, initial, NEW_PASSWORD);
        assertThat(change.status()).as(change.toString()).isEqualTo(204);
        String token = api.token(german, NEW_PASSWORD);
        Answer self = api.send("GET", "/users/" + german, token, null, null, null);
        assertThat(self.status()).as(self.toString()).isEqualTo(200);
        assertThat(self.json().getBoolean("passwordChangeRequired")).isFalse();
        assertThat(self.json().getString("lastLoginAt")).isNotBlank();
        assertProblem(api.tokenAnswer(german, initial), 401, "authentication");
    }

    @Test
    void lockAndUnlockTellTheUserByMail() {
        Created user = api.createActiveUser(admin, org.orgId(), "lock", "en", "SUBSCRIPTION_MANAGER");

        Answer locked = api.send("POST", "/users/" + user.userId() + "/lock", admin, null, null, null);

        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.json().getString("status")).isEqualTo("LOCKED");
        MimeMessage lockMail =
                TestMailServer.awaitMails(user.email(), 2, MAIL_WAIT).get(1);
        assertThat(TestMailServer.subject(lockMail)).isEqualTo("Your BSS user account has been locked");
        assertProblem(api.tokenAnswer(user.userId(), NEW_PASSWORD), 401, "authentication");

        Answer unlocked = api.send("POST", "/users/" + user.userId() + "/unlock", admin, null, null, null);

        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(unlocked.json().getInt("failedLoginCount")).isZero();
        MimeMessage unlockMail =
                TestMailServer.awaitMails(user.email(), 3, MAIL_WAIT).get(2);
        assertThat(TestMailServer.subject(unlockMail)).isEqualTo("Your BSS user account has been unlocked");
        assertThat(api.tokenAnswer(user.userId(), NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotLockOneself() {
        JsonObject p = assertProblem(
                api.send("POST", "/users/" + org.admin().userId() + "/lock", admin, null, null, null),
                403,
                "not-permitted");

        assertThat(p.getString("code")).isEqualTo("identity.user.lockSelf");
        assertThat(api.tokenAnswer(org.admin().userId(), org.admin().password()).status())
                .isEqualTo(200);
    }

    @Test
    void resetPasswordMailsATemporaryPasswordThatMustBeChanged() {
        Created user = api.createActiveUser(admin, org.orgId(), "reset", "en", "SUBSCRIPTION_MANAGER");

        Answer reset = api.send("POST", "/users/" + user.userId() + "/reset-password", admin, null, null, null);

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().getBoolean("passwordChangeRequired")).isTrue();
        MimeMessage mail = TestMailServer.awaitMails(user.email(), 2, MAIL_WAIT).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Your BSS password has been reset");
        String temporary = UserApi.password(mail, user.userId());
        assertThat(temporary).isNotEqualTo(NEW_PASSWORD);
        assertProblem(api.tokenAnswer(user.userId(), NEW_PASSWORD), 401, "authentication");
        assertProblem(api.tokenAnswer(user.userId(), temporary), 403, "password-change-required");
        Answer change = api.changePassword(user.userId(), temporary, "After-reset-42");
        assertThat(change.status()).as(change.toString()).isEqualTo(204);
        assertThat(api.tokenAnswer(user.userId(), "After-reset-42").status()).isEqualTo(200);
    }
}
