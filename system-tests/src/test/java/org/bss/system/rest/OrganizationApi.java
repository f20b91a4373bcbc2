package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestUsers.TestUser;

/** The /organizations and /audit-log calls of the organization tests (also used by the CLI and SOAP tests to read back). */
public final class OrganizationApi {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://bss.example/problems/";

    private final RestClient rest = new RestClient();
    private final String token;

    /** Logged in as this user (a fresh token pair). */
    public OrganizationApi(TestUser user) {
        Answer a = rest.post("/auth/token", RestClient.json("userId", user.userId(), "password", user.password()));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        token = a.json().getString("access_token");
    }

    String token() {
        return token;
    }

    /** GET /organizations/{orgId}, which must answer 200. */
    public JsonObject organization(String orgId) {
        Answer a = get("/organizations/" + orgId);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    Answer get(String path) {
        return rest.get(path, token);
    }

    Answer get(String path, String accept) {
        return rest.send("GET", path, null, null, Map.of("Authorization", "Bearer " + token, "Accept", accept));
    }

    Answer post(String path, String json) {
        return rest.post(path, json, token);
    }

    Answer put(String path, String json) {
        return rest.put(path, json, token);
    }

    /** PUT /settings/{key}; returns the value in force before. */
    String setting(String key, String value) {
        Answer before = get("/settings/" + key);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        Answer a = put("/settings/" + key, RestClient.json("value", value));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return before.json().isNull("effectiveValue") ? "" : before.json().getString("effectiveValue");
    }

    /** The JSON of a new organization with its administrator: name, then further name/value pairs (strings or lists). */
    static JsonObject newOrganization(String adminId, String name, Object... more) {
        JsonObjectBuilder admin = Json.createObjectBuilder()
                .add("userId", adminId)
                .add("email", adminId + "@example.com")
                .add("firstName", "Hanako")
                .add("lastName", "Suzuki")
                .add("salutation", "MS")
                .add("locale", "ja");
        JsonObjectBuilder org = Json.createObjectBuilder()
                .add("name", name)
                .add("locale", "ja")
                .add("domicile", "JP")
                .add("administrator", admin);
        for (int i = 0; i < more.length; i += 2) {
            Object v = more[i + 1];
            if (v instanceof java.util.List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(x -> array.add(x.toString()));
                org.add((String) more[i], array);
            } else if (v instanceof Number n) {
                org.add((String) more[i], Json.createValue(new java.math.BigDecimal(n.toString())));
            } else {
                org.add((String) more[i], v.toString());
            }
        }
        return org.build();
    }

    static void assertProblem(Answer a, int status, String typeSlug) {
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
