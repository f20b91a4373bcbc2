package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers.TestUser;

/**
 * What the user system tests share: tokens, creating users through the API, reading passwords from their mails,
 * and the shape of a problem answer.
 */
final class UserApi {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://bss.example/problems/";
    /** A password the policy accepts, for users that leave their initial password. */
    static final String NEW_PASSWORD = "User-API-test-42";

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    final RestClient rest = new RestClient();

    /** A user id of this test run that a test creates through the API (deleted with its organization). */
    static String newUserId(String purpose) {
        return "st-u-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Answer send(String method, String path, String token, String contentType, String body, String language) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return rest.send(method, path, contentType, body, headers);
    }

    Answer tokenAnswer(String userId, String password) {
        return rest.post("/auth/token", RestClient.json("userId", userId, "password", password));
    }

    String token(String userId, String password) {
        Answer a = tokenAnswer(userId, password);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json().getString("access_token");
    }

    String token(TestUser user) {
        return token(user.userId(), user.password());
    }

    Answer changePassword(String userId, String oldPassword, String newPassword) {
        return rest.post(
                "/auth/password",
                RestClient.json("userId", userId, "oldPassword", oldPassword, "newPassword", newPassword));
    }

    /** The JSON of a new user: e-mail, locale and roles; more fields as name/value pairs. */
    static String newUser(String userId, String email, String locale, List<String> roles, String... more) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("userId", userId)
                .add("email", email)
                .add("locale", locale);
        for (int i = 0; i < more.length; i += 2) {
            b.add(more[i], more[i + 1]);
        }
        return b.add("roles", Json.createArrayBuilder(roles)).build().toString();
    }

    /** Creates a user through POST /organizations/{orgId}/users and checks the 201. */
    JsonObject createUser(String token, String orgId, String userId, String email, String locale, String... roles) {
        Answer a = send(
                "POST",
                "/organizations/" + orgId + "/users",
                token,
                "application/json",
                newUser(userId, email, locale, List.of(roles)),
                null);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json();
    }

    /** A user created through the API: its id and its own mail address. */
    record Created(String userId, String email) {}

    /**
     * A user with this locale (en, de, ja) created through the API who has changed the initial password of the USER_CREATED mail
     * (the first mail to {@link Created#email()}) to {@link #NEW_PASSWORD}.
     */
    Created createActiveUser(String token, String orgId, String purpose, String locale, String... roles) {
        String userId = newUserId(purpose);
        String email = TestMailServer.address(purpose);
        createUser(token, orgId, userId, email, locale, roles);
        String initial = password(TestMailServer.awaitMail(email, MAIL_WAIT), userId);
        Answer change = changePassword(userId, initial, NEW_PASSWORD);
        assertThat(change.status()).as(change.toString()).isEqualTo(204);
        return new Created(userId, email);
    }

    /** The password in a USER_CREATED or PASSWORD_RESET mail: the line after "…: userId", after its ": ". */
    static String password(MimeMessage mail, String userId) {
        List<String> lines =
                TestMailServer.body(mail).lines().map(String::strip).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).endsWith(": " + userId)) {
                String next = lines.get(i + 1);
                return next.substring(next.lastIndexOf(": ") + 2).strip();
            }
        }
        throw new AssertionError("no password after the user id " + userId + " in: " + TestMailServer.body(mail));
    }

    /** A problem+json answer with this status and type. */
    static JsonObject assertProblem(Answer a, int status, String typeSlug) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).as(a.toString()).startsWith(PROBLEM_JSON);
        JsonObject p = a.json();
        assertThat(p.getString("type")).as(a.toString()).isEqualTo(TYPE_BASE + typeSlug);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getString("instance")).startsWith("/bss/api/v1");
        return p;
    }

    /** A 422 problem of a business rule, with its message key. */
    static JsonObject assertInvalid(Answer a, String code) {
        JsonObject p = assertProblem(a, 422, "validation");
        assertThat(p.getString("code")).as(a.toString()).isEqualTo(code);
        return p;
    }
}
