package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.RestClient.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API /bss/api/v1 as a client sees it (issue 3), against the deployed EAR.
 * <p>
 * USERS AND STATE. The class works with fixture users of its own ({@link TestUsers}), never with the bootstrap
 * operator: an operator created before all tests and deleted after them, and per test the users a test needs
 * (a user that must change its password). Every test gets a fresh token pair in {@link #token()} and does not
 * depend on another test; settings a test changes are put back by the test, and {@link #restore()} puts back
 * API_PUBLISH_HEALTHCHECK=true, BSS_TEST_CLOCK_ENABLED=false and the real time in any case.
 */
class RestApiIT {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://bss.example/problems/";
    static final String NEW_PASSWORD = "Rest-API-test-42";

    private static TestUser operator;

    private final RestClient rest = new RestClient();
    private String access;
    private String refresh;

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
    }

    @BeforeEach
    void token() {
        access = issue();
    }

    // ---- public endpoints ----------------------------------------------------------------------------------

    @Test
    void openApiDocumentIsServedAndDescribesTheApi() {
        Answer a = rest.send("GET", RestClient.BASE + "/openapi", null, null, Map.of());

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        // Payara lists the paths relative to the context root (/bss), which is the document's server URL
        assertThat(a.body())
                .contains("/bss/api/v1")
                .contains("url: /bss")
                .contains("/api/v1/auth/token")
                .contains("/api/v1/settings/{key}")
                .contains("/api/v1/health")
                // issue 4: organizations, users, imports, password recovery, audit log
                .contains("/api/v1/organizations")
                .contains("/api/v1/organizations/{orgId}/users")
                .contains("/api/v1/users/{userId}")
                .contains("/api/v1/organizations/{orgId}/user-imports")
                .contains("/api/v1/user-imports/{importId}")
                .contains("/api/v1/auth/password-recovery")
                .contains("/api/v1/audit-log")
                // issue 13: marketplaces
                .contains("/api/v1/marketplaces/{id}/suppliers/granted")
                // issue 13: categories, tags, reviews
                .contains("/api/v1/marketplaces/{marketplaceId}/categories/{categoryId}")
                .contains("/api/v1/tags/matching")
                .contains("/api/v1/reviews:")
                .contains("/api/v1/marketplaces/{marketplaceId}/services")
                .contains("/api/v1/search/index/rebuild");
    }

    @Test
    void healthIsUp() {
        Answer a = rest.get("/health", null);

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().getString("status")).isEqualTo("UP");
    }

    // ---- tokens and the initial password ----------------------------------------------------------------------

    @Test
    void initialPasswordGetsNoTokenUntilItIsChanged() {
        TestUser newcomer = TestUsers.mustChangePassword();
        try {
            Answer refused = rest.send(
                    "POST",
                    "/auth/token",
                    "application/json",
                    json("userId", newcomer.userId(), "password", newcomer.password()),
                    Map.of("Accept-Language", "de"));

            assertProblem(refused, 403, "password-change-required");
            assertThat(refused.header("Content-Language")).isEqualTo("de");
            assertThat(TestUsers.stored(newcomer).passwordChangeRequired()).isTrue();

            Answer change = rest.post(
                    "/auth/password",
                    json("userId", newcomer.userId(), "oldPassword", newcomer.password(), "newPassword", NEW_PASSWORD));
            assertThat(change.status()).as(change.toString()).isEqualTo(204);
            assertThat(TestUsers.stored(newcomer).passwordChangeRequired()).isFalse();

            Answer a = rest.post("/auth/token", json("userId", newcomer.userId(), "password", NEW_PASSWORD));

            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            assertThat(a.header("Cache-Control")).contains("no-store");
            JsonObject t = a.json();
            assertThat(t.getString("token_type")).isEqualTo("Bearer");
            assertThat(t.getJsonNumber("expires_in").longValue()).isPositive();
            assertThat(t.getJsonNumber("refresh_expires_in").longValue())
                    .isGreaterThan(t.getJsonNumber("expires_in").longValue());
            String token = t.getString("access_token");
            assertThat(token.split("\\.", -1)).hasSize(3);
            String payload =
                    new String(Base64.getUrlDecoder().decode(token.split("\\.", -1)[1]), StandardCharsets.UTF_8);
            assertThat(payload)
                    .contains("\"upn\":\"" + newcomer.userId() + "\"")
                    .contains("\"typ\":\"access\"")
                    .contains("PLATFORM_OPERATOR");
            assertThat(rest.get("/settings", token).status()).isEqualTo(200);
            // the old (initial) password is gone
            assertProblem(
                    rest.post("/auth/token", json("userId", newcomer.userId(), "password", newcomer.password())),
                    401,
                    "authentication");
        } finally {
            TestUsers.delete(newcomer);
        }
    }

    @Test
    void operatorGetsATokenPair() {
        Answer a = rest.post("/auth/token", json("userId", operator.userId(), "password", operator.password()));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.header("Cache-Control")).contains("no-store");
        JsonObject t = a.json();
        assertThat(t.getString("token_type")).isEqualTo("Bearer");
        assertThat(t.getString("refresh_token")).isNotBlank();
        String payload = new String(
                Base64.getUrlDecoder().decode(t.getString("access_token").split("\\.", -1)[1]), StandardCharsets.UTF_8);
        assertThat(payload)
                .contains("\"upn\":\"" + operator.userId() + "\"")
                .contains("\"typ\":\"access\"")
                .contains("PLATFORM_OPERATOR");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Answer a = rest.post("/auth/token", json("userId", operator.userId(), "password", "wrong-password"));

        assertProblem(a, 401, "authentication");
        assertThat(TestUsers.stored(operator).failedLoginCount()).isEqualTo(1);
        // a successful login afterwards resets the failed-attempt counter
        access = issue();
        assertThat(TestUsers.stored(operator).failedLoginCount()).isZero();
    }

    @Test
    void lockedUserAndUnknownUserGetTheSameAnswerAsAWrongPassword() {
        TestUser locked = TestUsers.locked();
        try {
            Answer lockedAnswer =
                    rest.post("/auth/token", json("userId", locked.userId(), "password", locked.password()));
            Answer unknown = rest.post("/auth/token", json("userId", "st-no-such-user", "password", "whatever-1"));

            assertProblem(lockedAnswer, 401, "authentication");
            assertProblem(unknown, 401, "authentication");
            assertThat(lockedAnswer.json().getString("detail"))
                    .isEqualTo(unknown.json().getString("detail"));
        } finally {
            TestUsers.delete(locked);
        }
    }

    // ---- settings ----------------------------------------------------------------------------------------

    @Test
    void settingsNeedAToken() {
        Answer a = rest.send("GET", "/settings", null, null, Map.of("Accept-Language", "ja"));

        assertProblem(a, 401, "authentication");
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(a.json().getString("detail")).contains("トークン");
    }

    @Test
    void operatorReadsSettings() {
        Answer all = rest.get("/settings", access);

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.array().getValuesAs(JsonObject.class))
                .anySatisfy(s -> assertThat(s.getString("key")).isEqualTo("API_ACCESS_TOKEN_EXPIRES"))
                .anySatisfy(s -> {
                    assertThat(s.getString("key")).isEqualTo("API_SECRET_KEY");
                    assertThat(s.getString("value")).isEqualTo("********");
                });

        Answer one = rest.get("/settings/API_PUBLISH_HEALTHCHECK", access);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().getString("key")).isEqualTo("API_PUBLISH_HEALTHCHECK");
    }

    @Test
    void userWithoutOperatorRoleMayNotReadSettings() {
        TestUser plain = TestUsers.plainUser();
        try {
            Answer t = rest.post("/auth/token", json("userId", plain.userId(), "password", plain.password()));
            assertThat(t.status()).as(t.toString()).isEqualTo(200);

            String token = t.json().getString("access_token");
            assertProblem(rest.get("/settings", token), 403, "forbidden");
            assertProblem(
                    rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "false"), token), 403, "forbidden");
        } finally {
            TestUsers.delete(plain);
        }
    }

    @Test
    void operatorChangesASettingAndPutsItBack() {
        String key = "/settings/API_ACCESS_TOKEN_EXPIRES";
        Answer read = rest.get(key, access);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        String before = read.json().getString("value", "");
        String changed = "1800".equals(before) ? "1700" : "1800";
        try {
            Answer a = rest.put(key, json("value", changed), access);

            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            assertThat(a.json().getString("value")).isEqualTo(changed);
            assertThat(rest.get(key, access).json().getString("value")).isEqualTo(changed);
        } finally {
            Answer back = rest.put(key, json("value", before), access);
            assertThat(back.status()).as(back.toString()).isEqualTo(200);
        }
        JsonValue restored = rest.get(key, access).json().get("value");
        assertThat(
                        restored == null || restored == JsonValue.NULL
                                ? ""
                                : ((jakarta.json.JsonString) restored).getString())
                .isEqualTo(before);
    }

    @Test
    void aNewSecretEndsEveryTokenAndSignsTheNextOnes() {
        assertThat(rest.get("/settings", access).status()).isEqualTo(200);
        String oldRefresh = refresh;
        Answer changed = rest.put(
                "/settings/API_SECRET_KEY", json("value", "rotated-by-RestApiIT-" + UUID.randomUUID()), access);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        assertProblem(rest.get("/settings", access), 401, "authentication");
        assertThat(rest.post("/auth/refresh", json("refresh_token", oldRefresh)).status())
                .isEqualTo(401);
        String next = issue();
        assertThat(rest.get("/settings", next).status()).isEqualTo(200);
    }

    @Test
    void invalidValueIsAProblemNamingTheKey() {
        Answer a = rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "maybe"), access);

        assertProblem(a, 422, "validation");
        assertThat(a.json().getString("detail")).contains("API_PUBLISH_HEALTHCHECK");
    }

    @Test
    void unknownKeyIsNotFound() {
        assertProblem(rest.get("/settings/NO_SUCH_KEY", access), 404, "not-found");
        assertProblem(rest.put("/settings/NO_SUCH_KEY", json("value", "x"), access), 404, "not-found");
    }

    // ---- malformed requests --------------------------------------------------------------------------------

    @Test
    void malformedJsonIsBadRequest() {
        assertProblem(
                rest.post("/auth/token", "{\"userId\": \"" + operator.userId() + "\", "), 400, "malformed-request");
        assertProblem(rest.put("/settings/API_PUBLISH_HEALTHCHECK", "{not json", access), 400, "malformed-request");
        assertProblem(rest.post("/auth/token", json("userId", operator.userId())), 400, "malformed-request");
    }

    @Test
    void unknownOrMistypedFieldsAreBadRequestNamingThem() {
        Answer unknown = rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "true", "vaule", "false"), access);
        assertProblem(unknown, 400, "malformed-request");
        assertThat(unknown.json().getString("detail"))
                .isEqualTo("The field \"vaule\" is not known here. Fields of this request: value.");
        Answer mistyped = rest.put("/settings/API_PUBLISH_HEALTHCHECK", "{\"value\": true}", access);
        assertProblem(mistyped, 400, "malformed-request");
        assertThat(mistyped.json().getString("detail")).isEqualTo("The field \"value\" must be a string.");
        Answer token = rest.post("/auth/token", json("userId", operator.userId(), "password", "x", "pasword", "y"));
        assertProblem(token, 400, "malformed-request");
        assertThat(token.json().getString("detail")).contains("\"pasword\"");
    }

    @Test
    void oversizedBodyIsRefused() {
        String big = json("userId", operator.userId(), "password", "x".repeat(100 * 1024));

        assertProblem(rest.post("/auth/token", big), 413, "request-too-large");
    }

    @Test
    void wrongMediaTypeIsRefused() {
        Answer a = rest.send("POST", "/auth/token", "text/plain", "userId=" + operator.userId(), Map.of());

        assertProblem(a, 415, "unsupported-media-type");
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        assertProblem(rest.get("/no-such-resource", null), 404, "not-found");
        assertProblem(rest.get("/auth/token", null), 405, "method-not-allowed");
    }

    // ---- tokens ------------------------------------------------------------------------------------------

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = access.split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"access\"", "\"accesS\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        String badSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(rest.get("/settings", forged), 401, "authentication");
        assertProblem(rest.get("/settings", badSignature), 401, "authentication");
        assertProblem(rest.get("/settings", "not-a-token"), 401, "authentication");
        assertThat(rest.get("/settings", access).status()).isEqualTo(200);
    }

    @Test
    void refreshRotatesThePair() {
        Answer a = rest.post("/auth/refresh", json("refresh_token", refresh));

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        String newAccess = a.json().getString("access_token");
        String newRefresh = a.json().getString("refresh_token");
        assertProblem(rest.get("/settings", access), 401, "authentication");
        assertProblem(rest.post("/auth/refresh", json("refresh_token", newAccess)), 401, "authentication");
        assertThat(rest.get("/settings", newAccess).status()).isEqualTo(200);
        assertThat(newRefresh).isNotEqualTo(refresh);
        // the spent refresh token again: refused, and the pair it produced ends too (TokenRevocationIT)
        assertProblem(rest.post("/auth/refresh", json("refresh_token", refresh)), 401, "authentication");
        assertProblem(rest.get("/settings", newAccess), 401, "authentication");
    }

    @Test
    void newIssueRevokesThePreviousPair() {
        String old = access;
        String oldRefresh = refresh;
        assertThat(oldRefresh).isNotNull();

        access = issue();

        assertProblem(rest.get("/settings", old), 401, "authentication");
        assertProblem(rest.post("/auth/refresh", json("refresh_token", oldRefresh)), 401, "authentication");
        assertThat(rest.get("/settings", access).status()).isEqualTo(200);
    }

    @Test
    void revokeEndsThePair() {
        Answer a = rest.post("/auth/revoke", json("token", access));

        assertThat(a.status()).as(a.toString()).isEqualTo(204);
        assertProblem(rest.get("/settings", access), 401, "authentication");
        assertProblem(rest.post("/auth/refresh", json("refresh_token", refresh)), 401, "authentication");
        assertThat(rest.post("/auth/revoke", json("token", "garbage")).status()).isEqualTo(204);
    }

    // ---- test clock --------------------------------------------------------------------------------------

    @Test
    void testClockIsRefusedWhenTestModeIsOff() {
        assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "false"), access)
                        .status())
                .isEqualTo(200);

        Answer a = rest.post("/test-clock/advance", json("seconds", 60), access);

        assertProblem(a, 403, "not-permitted");
    }

    @Test
    void movingTheClockExpiresAccessTokens() {
        assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "true"), access)
                        .status())
                .isEqualTo(200);
        String before = access;
        try {
            Answer moved = rest.post("/test-clock/advance", json("seconds", 2 * 3600), before);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

            assertProblem(rest.get("/settings", before), 401, "authentication");
            access = issue();
            assertThat(rest.get("/settings", access).status()).isEqualTo(200);
        } finally {
            access = issue();
            Answer reset = rest.post("/test-clock/reset", null, access);
            assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
            access = issue();
            assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "false"), access)
                            .status())
                    .isEqualTo(200);
        }
    }

    // ---- health switch -----------------------------------------------------------------------------------

    @Test
    void healthCanBeUnpublished() {
        assertThat(rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "false"), access)
                        .status())
                .isEqualTo(200);
        try {
            assertProblem(rest.get("/health", null), 404, "not-found");
        } finally {
            assertThat(rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "true"), access)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(rest.get("/health", null).status()).isEqualTo(200);
    }

    // ---- back to the state other tests expect -------------------------------------------------------------

    @AfterAll
    static void restore() {
        try {
            RestClient rest = new RestClient();
            Answer t = rest.post("/auth/token", json("userId", operator.userId(), "password", operator.password()));
            assertThat(t.status()).as("token for restoring the settings: " + t).isEqualTo(200);
            String token = t.json().getString("access_token");
            // only possible while the test clock is enabled; harmless (403) otherwise
            rest.post("/test-clock/reset", null, token);
            assertThat(rest.put("/settings/BSS_TEST_CLOCK_ENABLED", json("value", "false"), token)
                            .status())
                    .isEqualTo(200);
            assertThat(rest.put("/settings/API_PUBLISH_HEALTHCHECK", json("value", "true"), token)
                            .status())
                    .isEqualTo(200);
            rest.post("/auth/revoke", json("token", token));
        } finally {
            TestUsers.delete(operator);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A new pair for the fixture operator: remembers its refresh token and returns the access token. */
    private String issue() {
        Answer a = rest.post("/auth/token", json("userId", operator.userId(), "password", operator.password()));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        refresh = a.json().getString("refresh_token");
        return a.json().getString("access_token");
    }

    private static void assertProblem(Answer a, int status, String typeSlug) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).as(a.toString()).startsWith(PROBLEM_JSON);
        JsonObject p = a.json();
        assertThat(p.getString("type")).isEqualTo(TYPE_BASE + typeSlug);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("detail")).isNotBlank();
        assertThat(p.getString("instance")).startsWith("/bss/api/v1");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
