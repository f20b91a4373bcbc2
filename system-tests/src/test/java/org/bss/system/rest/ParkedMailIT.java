package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.OrganizationApi.assertProblem;
import static org.bss.system.rest.RestClient.json;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A mail whose delivery fails while the SMTP server is down (docs/mail.md "When the SMTP server fails"): it waits 1, 5,
 * 15 and 60 minutes between attempts, by BSS's clock, which the test moves in test mode instead of waiting; it
 * arrives once the server is back and its next attempt is due; after its fifth failed attempt it is parked, the
 * operator sees it (GET /parked-mails) and re-sends it (POST /parked-mails/{id}/resend). The mail is the initial
 * password of a new user, so its arrival also shows that the retried mail kept its secret parameter.
 */
class ParkedMailIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String NEW_PASSWORD = "Parked-mail-pw-42";

    private static TestOrganization org;
    private static TestUser operator;
    private static TestUser plainUser;

    private final RestClient rest = new RestClient();
    private final UserApi users = new UserApi();

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create();
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
        RestClient rest = new RestClient();
        assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "true"), token(rest, operator))
                        .status())
                .isEqualTo(200);
    }

    @AfterEach
    void smtpBack() {
        TestMailServer.restart();
    }

    @AfterAll
    static void cleanUp() {
        try {
            RestClient rest = new RestClient();
            String token = token(rest, operator);
            assertThat(rest.post("/test-clock/reset", null, token).status()).isEqualTo(200);
            assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "false"), token)
                            .status())
                    .isEqualTo(200);
        } finally {
            TestUsers.delete(operator, plainUser);
            TestOrganizations.delete(org);
        }
    }

    private static String token(RestClient rest, TestUser user) {
        Answer a = rest.post("/auth/token", json("userId", user.userId(), "password", user.password()));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json().getString("access_token");
    }

    private String operatorToken() {
        return token(rest, operator); // a fresh one: moving the clock ages tokens
    }

    /** Creates a user whose initial-password mail goes to {@code address}; returns the user id. */
    private String userWithMailTo(String address) {
        String userId = UserApi.newUserId("parked");
        users.createUser(users.token(org.admin()), org.orgId(), userId, address, "en", "SUBSCRIPTION_MANAGER");
        return userId;
    }

    /** The failed mail to {@code address} once it matches, as GET /parked-mails lists it. */
    private JsonObject awaitFailedMail(String address, Predicate<JsonObject> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<JsonObject> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = failedMail(address);
            if (last.isPresent() && condition.test(last.get())) {
                return last.get();
            }
            pause();
        }
        throw new AssertionError("no failed mail to " + address + " " + what + " within " + WAIT + "; last seen: "
                + last.map(Object::toString).orElse("none"));
    }

    private Optional<JsonObject> failedMail(String address) {
        Answer a = rest.get("/parked-mails", operatorToken());
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.array().getValuesAs(JsonObject.class).stream()
                .filter(m -> address.equals(m.getString("recipient", null)))
                .findFirst();
    }

    private static Predicate<JsonObject> state(String state, int attempts) {
        return m -> state.equals(m.getString("state")) && m.getInt("attempts") == attempts;
    }

    private void advanceClock(Duration by) {
        Answer a = rest.post("/test-clock/advance", json("seconds", by.toSeconds()), operatorToken());
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
    }

    private Instant bssNow() {
        Answer a = rest.get("/test-clock", operatorToken());
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return Instant.parse(a.json().getString("now"));
    }

    /** The mail carries a password that works: the retried mail kept the secret its payload needs. */
    private void assertInitialPasswordWorks(MimeMessage mail, String userId) {
        assertThat(TestMailServer.subject(mail)).isEqualTo("Your BSS user account");
        Answer change = users.changePassword(userId, UserApi.password(mail, userId), NEW_PASSWORD);
        assertThat(change.status()).as(change.toString()).isEqualTo(204);
    }

    @Test
    void aMailThatFailedWhileTheServerWasDownArrivesAfterItsWait() {
        String address = TestMailServer.address("backoff");
        TestMailServer.stop();
        Instant before = bssNow();

        String userId = userWithMailTo(address);

        JsonObject waiting = awaitFailedMail(address, state("WAITING", 1), "waiting after its first attempt");
        Instant next = Instant.parse(waiting.getString("nextAttemptAt"));
        Instant failedAt = Instant.parse(waiting.getString("lastFailureAt"));
        assertThat(failedAt).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(next).isEqualTo(failedAt.plus(Duration.ofMinutes(1)));
        assertThat(waiting.getString("template")).isEqualTo("USER_CREATED");
        assertThat(waiting.getString("userId")).isEqualTo(userId);
        assertThat(waiting.getString("error")).isNotBlank();
        assertThat(waiting.toString()).doesNotContain("param.");

        TestMailServer.restart();
        advanceClock(Duration.ofSeconds(61));

        MimeMessage mail = TestMailServer.awaitMail(address, WAIT);
        assertInitialPasswordWorks(mail, userId);
        assertThat(failedMail(address)).as("a sent mail leaves the list").isEmpty();
    }

    @Test
    void aMailParkedAfterItsLastAttemptIsSentWhenTheOperatorResendsIt() {
        String address = TestMailServer.address("parked");
        TestMailServer.stop();
        String userId = userWithMailTo(address);

        awaitFailedMail(address, state("WAITING", 1), "waiting after attempt 1");
        int attempt = 1;
        for (Duration wait : new Duration[] {
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)
        }) {
            advanceClock(wait.plusSeconds(1));
            attempt++;
            if (attempt < 5) {
                awaitFailedMail(address, state("WAITING", attempt), "waiting after attempt " + attempt);
            }
        }
        JsonObject parked = awaitFailedMail(address, state("PARKED", 5), "parked after attempt 5");
        assertThat(parked.containsKey("nextAttemptAt")).as(parked.toString()).isFalse();
        String taskId = parked.getString("taskId");

        // not for anybody else, and not for an unknown mail
        assertProblem(rest.post("/parked-mails/" + taskId + "/resend", null, token(rest, plainUser)), 403, "forbidden");
        assertProblem(rest.get("/parked-mails", null), 401, "authentication");
        assertProblem(rest.post("/parked-mails/no-such-task/resend", null, operatorToken()), 404, "not-found");
        assertThat(failedMail(address).orElseThrow().getString("state")).isEqualTo("PARKED");

        TestMailServer.restart();
        Answer resent = rest.post("/parked-mails/" + taskId + "/resend", null, operatorToken());
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().getString("taskId")).isEqualTo(taskId);
        assertThat(resent.json().getString("state")).isEqualTo("SENDING");

        MimeMessage mail = TestMailServer.awaitMail(address, WAIT);
        assertInitialPasswordWorks(mail, userId);
        awaitGone(address);
    }

    /** Sending and removing the row commit together, so the row may take a moment after the mail arrived. */
    private void awaitGone(String address) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (failedMail(address).isPresent()) {
            assertThat(System.nanoTime()).as("the sent mail leaves the list").isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
