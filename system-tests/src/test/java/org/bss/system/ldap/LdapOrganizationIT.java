package org.bss.system.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.ldap.LdapHttp.accessToken;
import static org.bss.system.ldap.LdapHttp.json;
import static org.bss.system.ldap.LdapHttp.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bss.system.ldap.LdapHttp.Rest;
import org.bss.system.ldap.LdapHttp.Soap;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An LDAP-managed organization over REST and SOAP (USR-6, App. C) against a real directory (UnboundID in memory,
 * started by this JVM on 127.0.0.1): the operator makes a fresh organization LDAP-managed, tests the connection
 * (also against a dead port), searches with LDAP_SEARCH_LIMIT, the organization's administrator (now an LDAP user)
 * imports users, they log in with their directory password only, their mapped fields and password stay with the
 * directory; the same search and import through IdentityService. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapOrganizationIT {

    private static final String ADMIN_PASSWORD = "alice-ldap-pw";
    private static final String TARO_PASSWORD = "taro-ldap-pw";

    private static TestDirectory directory;
    private static TestOrganization org;
    private static TestUser operator;
    private static String operatorToken;
    private static String prefix;
    private static String taro;
    private static String hanako;
    private static String jiro;
    private static String saburo;

    @BeforeAll
    static void setUp() throws Exception {
        directory = new TestDirectory();
        org = TestOrganizations.create();
        // as creation leaves an organization: its administrator never logged in (LdapService.setOrganizationSettings)
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("update platform_user set last_login_at = null where user_key = ?")) {
                s.setLong(1, org.admin().userKey());
                s.executeUpdate();
            }
            return null;
        });
        operator = TestUsers.operator();
        operatorToken = accessToken(operator.userId(), operator.password());
        prefix = "st-ldap-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        taro = prefix + "taro";
        hanako = prefix + "hanako";
        jiro = prefix + "jiro";
        saburo = prefix + "saburo";
        directory.person(org.admin().userId(), "Alice", "Adams", "alice@example.com", "en", ADMIN_PASSWORD);
        directory.person(taro, "太郎", "山田", "taro@example.jp", "ja", TARO_PASSWORD);
        directory.person(hanako, "花子", "佐藤", "hanako@example.jp", "ja", "hanako-ldap-pw");
        directory.person(jiro, "Jiro", "Suzuki", "jiro@example.jp", "en", "jiro-ldap-pw");
        directory.person(saburo, "Saburo", "Tanaka", "saburo@example.jp", "de", "saburo-ldap-pw");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
        TestUsers.delete(operator);
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    @Order(1)
    void theOperatorMakesTheOrganizationLdapManagedAndNeverSeesTheCredentials() {
        String path = "/organizations/" + org.orgId() + "/ldap/settings";
        assertThat(rest("GET", path, operatorToken, null).json())
                .as("not LDAP-managed yet")
                .isEmpty();

        Rest saved = rest("PUT", path, operatorToken, json(directory.settings()));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getString("LDAP_URL")).isEqualTo("ldap://127.0.0.1:" + directory.port());
        assertThat(saved.json().getString("LDAP_CREDENTIALS")).isEqualTo("********");
        assertThat(saved.body()).doesNotContain(TestDirectory.MANAGER_PASSWORD);
        Rest read = rest("GET", path, operatorToken, null);
        assertThat(read.json()).isEqualTo(saved.json());
        assertThat(TestUsers.stored(org.admin().userKey()).passwordHash())
                .as("the administrator became an LDAP user")
                .isNull();
    }

    @Test
    @Order(2)
    void theConnectionTestAnswersOkAndNamesAnUnreachableServer() throws Exception {
        String path = "/organizations/" + org.orgId() + "/ldap/connection-test";
        Rest ok = rest("POST", path, operatorToken, null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().getBoolean("ok")).isTrue();
        assertThat(ok.json().getString("messageKey")).isEqualTo("ldap.connect.ok");

        Map<String, String> dead = new LinkedHashMap<>(directory.settings());
        dead.put("LDAP_URL", "ldap://127.0.0.1:" + TestDirectory.deadPort());
        Rest failed = rest("POST", path, operatorToken, json(dead));
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.json().getBoolean("ok")).isFalse();
        assertThat(failed.json().getString("messageKey")).isEqualTo("ldap.connect.unreachable");
        assertThat(failed.json().getString("message")).contains(dead.get("LDAP_URL"));
        assertThat(rest("POST", path, operatorToken, null).json().getBoolean("ok"))
                .as("stored settings unchanged")
                .isTrue();
    }

    @Test
    @Order(3)
    void theSearchHonoursLdapSearchLimit() {
        String path = "/organizations/" + org.orgId() + "/ldap/users?pattern=" + prefix + "*";
        Rest all = rest("GET", path, operatorToken, null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().getBoolean("truncated")).isFalse();
        assertThat(uids(all.json())).containsExactlyInAnyOrder(taro, hanako, jiro, saburo);
        JsonObject yamada = all.json().getJsonArray("users").stream()
                .map(JsonObject.class::cast)
                .filter(u -> u.getString("uid").equals(taro))
                .findFirst()
                .orElseThrow();
        assertThat(yamada.getString("lastName")).isEqualTo("山田");
        assertThat(yamada.getString("firstName")).isEqualTo("太郎");
        assertThat(yamada.getString("email")).isEqualTo("taro@example.jp");
        assertThat(yamada.getString("locale")).isEqualTo("ja");

        String before = rest("GET", "/settings/LDAP_SEARCH_LIMIT", operatorToken, null)
                .json()
                .getString("value", "");
        try {
            Rest limited = rest("PUT", "/settings/LDAP_SEARCH_LIMIT", operatorToken, "{\"value\":\"2\"}");
            assertThat(limited.status()).as(limited.body()).isEqualTo(200);
            Rest truncated = rest("GET", path, operatorToken, null);
            assertThat(truncated.status()).as(truncated.body()).isEqualTo(200);
            assertThat(truncated.json().getBoolean("truncated")).isTrue();
            assertThat(uids(truncated.json())).hasSize(2);
        } finally {
            rest(
                    "PUT",
                    "/settings/LDAP_SEARCH_LIMIT",
                    operatorToken,
                    Json.createObjectBuilder().add("value", before).build().toString());
        }
    }

    @Test
    @Order(4)
    void theLdapAdministratorImportsUsersWhoLogInWithTheirDirectoryPassword() {
        assertThat(LdapHttp.token(org.admin().userId(), TestUsers.PASSWORD).status())
                .as("the fixture's platform password is gone")
                .isEqualTo(401);
        String adminToken = accessToken(org.admin().userId(), ADMIN_PASSWORD);
        String body = Json.createObjectBuilder()
                .add("uids", Json.createArrayBuilder().add(taro).add(hanako).add(prefix + "nobody"))
                .add("roles", Json.createArrayBuilder())
                .build()
                .toString();

        Rest imported = rest("POST", "/organizations/" + org.orgId() + "/ldap/user-imports", adminToken, body);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getJsonArray("imported").getValuesAs(JsonString::getString))
                .containsExactly(taro, hanako);
        JsonObject rejected = imported.json().getJsonArray("rejected").getJsonObject(0);
        assertThat(rejected.getString("uid")).isEqualTo(prefix + "nobody");
        assertThat(rejected.getString("messageKey")).isEqualTo("ldap.import.notFound");

        assertThat(LdapHttp.token(taro, TARO_PASSWORD).status()).isEqualTo(200);
        Rest wrong = LdapHttp.token(taro, "not-" + TARO_PASSWORD);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
        Rest user = rest("GET", "/users/" + taro, adminToken, null);
        assertThat(user.json().getString("lastName")).isEqualTo("山田");
        assertThat(user.json().getString("locale")).isEqualTo("ja");
        assertThat(user.json().getString("organizationId")).isEqualTo(org.orgId());
    }

    @Test
    @Order(5)
    void mappedFieldsAndThePasswordStayWithTheDirectory() {
        String adminToken = accessToken(org.admin().userId(), ADMIN_PASSWORD);
        long version = rest("GET", "/users/" + taro, adminToken, null)
                .json()
                .getJsonNumber("version")
                .longValue();

        Rest renamed =
                rest("PUT", "/users/" + taro, adminToken, "{\"lastName\":\"Yamamoto\",\"version\":" + version + "}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(422);
        assertThat(renamed.json().getString("code")).isEqualTo("identity.user.ldapField");

        Rest reset = rest("POST", "/users/" + taro + "/reset-password", adminToken, null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(403);
        assertThat(reset.json().getString("code")).isEqualTo("identity.user.ldapPassword");
        assertThat(rest("GET", "/users/" + taro, adminToken, null).json().getString("lastName"))
                .isEqualTo("山田");
    }

    @Test
    @Order(6)
    void searchAndImportThroughSoap() {
        String key = org.admin().key();
        Soap found = LdapHttp.identity(
                key, ADMIN_PASSWORD, "searchLdapUsers", "<userIdPattern>" + prefix + "*o</userIdPattern>");
        assertThat(found.faultDetail()).as(found.text()).isNull();
        assertThat(found.texts("userId")).containsExactlyInAnyOrder(taro, hanako, jiro, saburo);
        assertThat(found.texts("lastName")).contains("山田", "Suzuki");

        Soap imported = LdapHttp.identity(
                key,
                ADMIN_PASSWORD,
                "importLdapUsers",
                LdapHttp.soapUser("users", jiro) + LdapHttp.soapUser("users", saburo, "ORGANIZATION_ADMIN"));
        assertThat(imported.faultDetail()).as(imported.text()).isNull();
        assertThat(LdapHttp.token(jiro, "jiro-ldap-pw").status()).isEqualTo(200);
        String adminToken = accessToken(org.admin().userId(), ADMIN_PASSWORD);
        assertThat(rest("GET", "/users/" + saburo, adminToken, null)
                        .json()
                        .getJsonArray("roles")
                        .getValuesAs(JsonString::getString))
                .containsExactly("ORGANIZATION_ADMIN");

        Soap again = LdapHttp.identity(key, ADMIN_PASSWORD, "importLdapUsers", LdapHttp.soapUser("users", jiro));
        assertThat(again.faultDetail()).as(again.text()).isEqualTo("NonUniqueBusinessKeyException");
        Soap missing = LdapHttp.identity(
                key, ADMIN_PASSWORD, "importLdapUsers", LdapHttp.soapUser("users", prefix + "nobody"));
        assertThat(missing.faultDetail()).as(missing.text()).isEqualTo("ValidationException");
        assertThat(missing.texts("reason")).containsExactly("LDAP_USER_NOT_FOUND");
        assertThat(missing.text()).contains(prefix + "nobody");
    }

    @Test
    @Order(7)
    void refreshLdapUserThroughSoap_onlyForLdapUsers() {
        Soap refreshed = LdapHttp.identity(org.admin().key(), ADMIN_PASSWORD, "refreshLdapUser", "");
        assertThat(refreshed.faultDetail()).as(refreshed.text()).isNull();

        Soap notLdap = LdapHttp.identity(operator.key(), operator.password(), "refreshLdapUser", "");
        assertThat(notLdap.faultDetail()).as(notLdap.text()).isEqualTo("ValidationException");
    }

    @Test
    @Order(8)
    void aStoppedDirectoryFailsTheConnectionTest() {
        directory.close();
        Rest failed = rest("POST", "/organizations/" + org.orgId() + "/ldap/connection-test", operatorToken, null);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.json().getBoolean("ok")).isFalse();
        assertThat(failed.json().getString("messageKey")).isEqualTo("ldap.connect.unreachable");
        directory = null;
    }

    @Test
    @Order(9)
    void theOpenApiDocumentListsTheLdapPaths() {
        Rest doc = rest("GET", LdapHttp.BASE + "/openapi", null, null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "/api/v1/ldap/platform-defaults",
                        "/api/v1/organizations/{orgId}/ldap/settings",
                        "/api/v1/organizations/{orgId}/ldap/connection-test",
                        "/api/v1/organizations/{orgId}/ldap/users",
                        "/api/v1/organizations/{orgId}/ldap/user-imports");
    }

    private static List<String> uids(JsonObject result) {
        return result.getJsonArray("users").stream()
                .map(u -> ((JsonObject) u).getString("uid"))
                .toList();
    }
}
