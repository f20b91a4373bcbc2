package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.RestClient.json;
import static org.bss.system.rest.UserApi.MAIL_WAIT;
import static org.bss.system.rest.UserApi.assertProblem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.BssCommand;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens end with the account's right to use them (issue 12 §2), over real HTTP: a fixture operator ("the user")
 * gets a token pair, something happens to its account, and then neither its access token ({@code GET /settings}) nor
 * its refresh token ({@code POST /auth/refresh}) works any more. A refresh token used twice ends the pair it already
 * produced. Each test has a user of its own ({@link TestUsers}, deleted afterwards); the changes are made by another
 * fixture operator, never by the bootstrap operator.
 */
class TokenRevocationIT {

    private static final Pattern RECOVERY_LINK = Pattern.compile("recover\\.xhtml\\?token=(\\S+)");

    private static TestUser admin;

    private final UserApi api = new UserApi();
    private final RestClient rest = new RestClient();

    /** An access and a refresh token, as /auth/token and /auth/refresh answer them. */
    record Pair(String access, String refresh) {
        static Pair of(Answer a) {
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            return new Pair(a.json().getString("access_token"), a.json().getString("refresh_token"));
        }
    }

    @BeforeAll
    static void administrator() {
        TestMailServer.start();
        admin = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        TestUsers.delete(admin);
    }

    @Test
    void lockByAnAdministrator() {
        withUser((user, pair) -> {
            Answer locked = api.send("POST", "/users/" + user.userId() + "/lock", admin(), null, null, null);
            assertThat(locked.status()).as(locked.toString()).isEqualTo(200);

            assertEnded(pair);
        });
    }

    @Test
    void lockByFailedLogins() {
        withUser((user, pair) -> {
            int attempts = Integer.parseInt(rest.get("/settings/MAX_NUMBER_LOGIN_ATTEMPTS", admin())
                    .json()
                    .getString("effectiveValue"));
            for (int i = 0; i < attempts; i++) {
                assertProblem(api.tokenAnswer(user.userId(), "wrong-" + i), 401, "authentication");
            }
            assertThat(TestUsers.stored(user).locked()).isTrue();

            assertEnded(pair);
        });
    }

    @Test
    void deletion() {
        withUser((user, pair) -> {
            Answer deleted = api.send("DELETE", "/users/" + user.userId(), admin(), null, null, null);
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

            assertEnded(pair);
        });
    }

    @Test
    void passwordChangeByTheUser() {
        withUser((user, pair) -> {
            Answer changed = api.changePassword(user.userId(), user.password(), "Changed-token-pw-42");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

            assertEnded(pair);
            assertThat(api.tokenAnswer(user.userId(), "Changed-token-pw-42").status())
                    .as("the new password gets a new pair")
                    .isEqualTo(200);
        });
    }

    @Test
    void passwordResetByAnAdministrator() {
        withUser((user, pair) -> {
            Answer reset = api.send("POST", "/users/" + user.userId() + "/reset-password", admin(), null, null, null);
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

            assertEnded(pair);
        });
    }

    @Test
    void passwordRecoveryByMail() {
        withUser((user, pair) -> {
            String address = user.userId() + "@system-test.invalid";
            Answer asked = rest.post("/auth/password-recovery", json("userId", user.userId()));
            assertThat(asked.status()).as(asked.toString()).isLessThan(300);
            Matcher link = RECOVERY_LINK.matcher(TestMailServer.body(TestMailServer.awaitMail(address, MAIL_WAIT)));
            assertThat(link.find()).isTrue();
            String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
            assertThat(rest.get("/settings", pair.access()).status())
                    .as("asking for a recovery changes nothing yet")
                    .isEqualTo(200);

            Answer confirmed = rest.post(
                    "/auth/password-recovery/confirm", json("token", token, "newPassword", "Recovered-token-pw-42"));
            assertThat(confirmed.status()).as(confirmed.toString()).isLessThan(300);

            assertEnded(pair);
        });
    }

    @Test
    void passwordResetOfflineWithTheRecoveryCommand() {
        withUser((user, pair) -> {
            BssCommand.Result reset = BssCommand.run("reset-password", user.userId());
            assertThat(reset.code()).as(reset.toString()).isZero();

            assertEnded(pair);
        });
    }

    @Test
    void lossOfTheRoleTheTokenWasIssuedFor() {
        withUser((user, pair) -> {
            String path = "/users/" + user.userId();
            long version = api.send("GET", path, admin(), null, null, null)
                    .json()
                    .getJsonNumber("version")
                    .longValue();
            Answer demoted = api.send(
                    "PUT",
                    path + "/roles",
                    admin(),
                    "application/json",
                    "{\"roles\":[\"ORGANIZATION_ADMIN\"],\"version\":" + version + "}",
                    null);
            assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

            // the token said PLATFORM_OPERATOR: it must not read the settings any more
            assertEnded(pair);
            Pair now = Pair.of(api.tokenAnswer(user.userId(), user.password()));
            assertProblem(rest.get("/settings", now.access()), 403, "forbidden");
        });
    }

    @Test
    void aGainedRoleKeepsThePair() {
        withUser(TestUsers.plainUser(), (user, pair) -> {
            String path = "/users/" + user.userId();
            long version = api.send("GET", path, admin(), null, null, null)
                    .json()
                    .getJsonNumber("version")
                    .longValue();
            Answer promoted = api.send(
                    "PUT",
                    path + "/roles",
                    admin(),
                    "application/json",
                    "{\"roles\":[\"ORGANIZATION_ADMIN\",\"SUBSCRIPTION_MANAGER\"],\"version\":" + version + "}",
                    null);
            assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);

            assertThat(api.send("GET", path, pair.access(), null, null, null).status())
                    .isEqualTo(200);
            Pair refreshed = Pair.of(rest.post("/auth/refresh", json("refresh_token", pair.refresh())));
            assertThat(api.send("GET", path, refreshed.access(), null, null, null)
                            .status())
                    .isEqualTo(200);
        });
    }

    @Test
    void aReusedRefreshTokenEndsThePairItProduced() {
        withUser((user, first) -> {
            Pair second = Pair.of(rest.post("/auth/refresh", json("refresh_token", first.refresh())));
            Pair third = Pair.of(rest.post("/auth/refresh", json("refresh_token", second.refresh())));
            assertThat(rest.get("/settings", third.access()).status()).isEqualTo(200);

            // the first refresh token again: whoever sends it, the login's tokens are no longer the holder's alone
            assertProblem(rest.post("/auth/refresh", json("refresh_token", first.refresh())), 401, "authentication");

            assertEnded(third);
            assertEnded(second);
            Pair login = Pair.of(api.tokenAnswer(user.userId(), user.password()));
            assertThat(rest.get("/settings", login.access()).status()).isEqualTo(200);
        });
    }

    @Test
    void aRefreshTokenOfAnEarlierLoginDoesNotEndTheCurrentOne() {
        withUser((user, earlier) -> {
            Pair current = Pair.of(api.tokenAnswer(user.userId(), user.password()));

            assertProblem(rest.post("/auth/refresh", json("refresh_token", earlier.refresh())), 401, "authentication");

            assertThat(rest.get("/settings", current.access()).status()).isEqualTo(200);
            assertThat(rest.post("/auth/refresh", json("refresh_token", current.refresh()))
                            .status())
                    .isEqualTo(200);
        });
    }

    @Test
    void refreshChecksTheAccountItself() {
        withUser((user, pair) -> {
            // locked behind BSS's back (straight in the database, no revocation): the refresh refuses and ends the pair
            setInDatabase(user, "status = 'LOCKED'");
            assertProblem(rest.post("/auth/refresh", json("refresh_token", pair.refresh())), 401, "authentication");
            assertProblem(rest.get("/settings", pair.access()), 401, "authentication");
        });
        withUser((user, pair) -> {
            setInDatabase(user, "password_change_required = true");
            assertProblem(rest.post("/auth/refresh", json("refresh_token", pair.refresh())), 401, "authentication");
            assertProblem(rest.get("/settings", pair.access()), 401, "authentication");
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private interface UserTest {
        void run(TestUser user, Pair pair);
    }

    /** Runs the test with a new fixture operator and its token pair (checked to work), then deletes the user. */
    private void withUser(UserTest test) {
        withUser(TestUsers.operator(), test);
    }

    private void withUser(TestUser user, UserTest test) {
        try {
            Pair pair = Pair.of(api.tokenAnswer(user.userId(), user.password()));
            assertThat(api.send("GET", "/users/" + user.userId(), pair.access(), null, null, null)
                            .status())
                    .isEqualTo(200);
            test.run(user, pair);
        } finally {
            TestUsers.delete(user);
        }
    }

    private String admin() {
        return api.token(admin);
    }

    private void assertEnded(Pair pair) {
        assertProblem(rest.get("/settings", pair.access()), 401, "authentication");
        assertProblem(rest.post("/auth/refresh", json("refresh_token", pair.refresh())), 401, "authentication");
    }

    private static void setInDatabase(TestUser user, String assignment) {
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("update platform_user set " + assignment + " where user_key = ?")) {
                s.setLong(1, user.userKey());
                return s.executeUpdate();
            }
        });
    }
}
