package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.UserApi.assertInvalid;
import static org.bss.system.rest.UserApi.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.rest.UserApi.Created;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing, roles, deleting and who may do what on /users and /organizations/{orgId}/users. Fixtures: a supplier
 * organization (its users may be SERVICE_MANAGER) and another organization, each with an administrator, and an
 * operator; all deleted afterwards with the users the tests created.
 */
class UserResourceIT {

    private static TestOrganization org;
    private static TestOrganization other;
    private static TestUser operator;

    private final UserApi api = new UserApi();
    private String admin;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create("SUPPLIER");
        other = TestOrganizations.create();
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org, other);
        TestUsers.delete(operator);
    }

    @BeforeEach
    void token() {
        admin = api.token(org.admin());
    }

    private String usersOf(TestOrganization o) {
        return "/organizations/" + o.orgId() + "/users";
    }

    private JsonObject create(String purpose, String... roles) {
        return api.createUser(
                admin, org.orgId(), UserApi.newUserId(purpose), TestMailServer.address(purpose), "en", roles);
    }

    private Answer put(String path, String token, String json) {
        return api.send("PUT", path, token, "application/json", json, null);
    }

    @Test
    void theVersionTravelsAsETagAndIfMatch() {
        JsonObject user = create("etag", "SUBSCRIPTION_MANAGER");
        String path = "/users/" + user.getString("userId");
        Answer read = api.send("GET", path, admin, null, null, null);
        long version = read.json().getJsonNumber("version").longValue();
        assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");

        Answer edited = api.rest.send(
                "PUT",
                path,
                "application/json",
                "{\"lastName\":\"Tagged\"}",
                Map.of("Authorization", "Bearer " + admin, "If-Match", read.header("ETag")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag"))
                .isEqualTo("\"" + edited.json().getJsonNumber("version").longValue() + "\"");

        Answer stale = api.rest.send(
                "PUT",
                path,
                "application/json",
                "{\"lastName\":\"Lost\"}",
                Map.of("Authorization", "Bearer " + admin, "If-Match", read.header("ETag")));
        assertProblem(stale, 409, "concurrent-modification");
        Answer disagreeing = api.rest.send(
                "PUT",
                path,
                "application/json",
                "{\"lastName\":\"Lost\",\"version\":" + version + "}",
                Map.of("Authorization", "Bearer " + admin, "If-Match", edited.header("ETag")));
        assertProblem(disagreeing, 412, "precondition-failed");
        assertThat(api.send("GET", path, admin, null, null, null).json().getString("lastName"))
                .isEqualTo("Tagged");
    }

    @Test
    void anEditWithAStaleVersionIs409AndChangesNothing() {
        JsonObject user = create("edit", "SUBSCRIPTION_MANAGER");
        String path = "/users/" + user.getString("userId");
        long version = user.getJsonNumber("version").longValue();

        Answer first = put(path, admin, "{\"lastName\":\"First\",\"firstName\":\"Fay\",\"version\":" + version + "}");
        Answer stale = put(path, admin, "{\"lastName\":\"Second\",\"version\":" + version + "}");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getString("lastName")).isEqualTo("First");
        assertThat(first.json().getString("email")).isEqualTo(user.getString("email"));
        assertThat(first.json().getJsonNumber("version").longValue()).isGreaterThan(version);
        JsonObject p = assertProblem(stale, 409, "concurrent-modification");
        assertThat(p.getString("code")).isEqualTo("identity.user.stale");
        assertThat(api.send("GET", path, admin, null, null, null).json().getString("lastName"))
                .isEqualTo("First");
    }

    @Test
    void badBodiesAre400() {
        JsonObject user = create("bad", "SUBSCRIPTION_MANAGER");
        String path = "/users/" + user.getString("userId");
        long version = user.getJsonNumber("version").longValue();

        JsonObject unknown = assertProblem(
                api.send(
                        "PUT",
                        path,
                        admin,
                        "application/json",
                        "{\"lastname\":\"typo\",\"version\":" + version + "}",
                        "de"),
                400,
                "malformed-request");
        assertThat(unknown.getString("detail")).startsWith("Das Feld „lastname“ ist hier unbekannt.");
        assertThat(assertProblem(
                                put(path, admin, "{\"userId\":\"renamed\",\"version\":" + version + "}"),
                                400,
                                "malformed-request")
                        .getString("detail"))
                .contains("\"userId\"");
        assertProblem(put(path, admin, "{\"lastName\":\"x\"}"), 400, "malformed-request");
        assertProblem(put(path, admin, null), 400, "malformed-request");
        assertProblem(put(path, admin, "[1,2]"), 400, "malformed-request");
        assertProblem(put(path, admin, "{\"version\":\"seven\"}"), 400, "malformed-request");
        assertInvalid(
                put(path, admin, "{\"email\":\"no-address\",\"version\":" + version + "}"), "account.field.email");
        assertInvalid(put(path, admin, "{\"locale\":\"fr\",\"version\":" + version + "}"), "account.field.oneOf");
        assertInvalid(
                api.send(
                        "POST",
                        usersOf(org),
                        admin,
                        "application/json",
                        UserApi.newUser(UserApi.newUserId("nomail"), "", "en", List.of()),
                        null),
                "account.field.required");
        assertProblem(api.send("POST", usersOf(org), admin, "application/json", null, null), 400, "malformed-request");
        assertThat(api.send("GET", path, admin, null, null, null)
                        .json()
                        .getJsonNumber("version")
                        .longValue())
                .isEqualTo(version);
    }

    @Test
    void aTakenUserIdIs409() {
        JsonObject user = create("twice", "SUBSCRIPTION_MANAGER");

        Answer again = api.send(
                "POST",
                usersOf(org),
                admin,
                "application/json",
                UserApi.newUser(
                        user.getString("userId"),
                        TestMailServer.address("twice"),
                        "en",
                        List.of("SUBSCRIPTION_MANAGER")),
                null);

        assertThat(assertProblem(again, 409, "conflict").getString("code")).isEqualTo("account.user.duplicate");
    }

    @Test
    void onlyRolesOfTheOrganizationCanBeGiven() {
        Answer available =
                api.send("GET", "/organizations/" + org.orgId() + "/available-roles", admin, null, null, null);
        assertThat(available.status()).as(available.toString()).isEqualTo(200);
        assertThat(available.array().getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("ORGANIZATION_ADMIN", "SERVICE_MANAGER", "SUBSCRIPTION_MANAGER");
        Answer otherRoles = api.send(
                "GET",
                "/organizations/" + other.orgId() + "/available-roles",
                api.token(other.admin()),
                null,
                null,
                null);
        assertThat(otherRoles.array().getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER");

        Answer refused = api.send(
                "POST",
                usersOf(org),
                admin,
                "application/json",
                UserApi.newUser(
                        UserApi.newUserId("tech"), TestMailServer.address("tech"), "en", List.of("TECHNOLOGY_MANAGER")),
                "ja");
        assertThat(assertInvalid(refused, "identity.role.notAvailable").getString("detail"))
                .contains("TECHNOLOGY_MANAGER");
        assertThat(refused.header("Content-Language")).isEqualTo("ja");

        JsonObject user = create("roles", "SUBSCRIPTION_MANAGER");
        String roles = "/users/" + user.getString("userId") + "/roles";
        long version = user.getJsonNumber("version").longValue();
        assertInvalid(
                put(roles, admin, "{\"roles\":[\"TECHNOLOGY_MANAGER\"],\"version\":" + version + "}"),
                "identity.role.notAvailable");
        assertInvalid(
                put(roles, admin, "{\"roles\":[\"service_manager\"],\"version\":" + version + "}"),
                "identity.role.unknown");
        assertProblem(put(roles, admin, "{\"version\":" + version + "}"), 400, "malformed-request");

        Answer changed = put(
                roles, admin, "{\"roles\":[\"SERVICE_MANAGER\",\"SUBSCRIPTION_MANAGER\"],\"version\":" + version + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("SERVICE_MANAGER", "SUBSCRIPTION_MANAGER");
        assertThat(changed.json().getJsonNumber("version").longValue()).isGreaterThan(version);
        assertProblem(put(roles, admin, "{\"roles\":[],\"version\":" + version + "}"), 409, "concurrent-modification");
    }

    @Test
    void theLastAdministratorStays() {
        TestOrganization alone = TestOrganizations.create();
        try {
            String token = api.token(alone.admin());
            String path = "/users/" + alone.admin().userId();
            long version = api.send("GET", path, token, null, null, null)
                    .json()
                    .getJsonNumber("version")
                    .longValue();

            JsonObject demoted = assertProblem(
                    put(path + "/roles", token, "{\"roles\":[\"SUBSCRIPTION_MANAGER\"],\"version\":" + version + "}"),
                    409,
                    "conflict");
            JsonObject deleted =
                    assertProblem(api.send("DELETE", path, api.token(operator), null, null, null), 409, "conflict");
            JsonObject self = assertProblem(api.send("DELETE", path, token, null, null, null), 403, "not-permitted");

            assertThat(demoted.getString("code")).isEqualTo("identity.user.lastAdministrator");
            assertThat(deleted.getString("code")).isEqualTo("identity.user.lastAdministrator");
            assertThat(self.getString("code")).isEqualTo("identity.user.deleteSelf");
            assertThat(TestOrganizations.userCount(alone)).isEqualTo(1);
            assertThat(api.send("GET", path, token, null, null, null)
                            .json()
                            .getJsonArray("roles")
                            .toString())
                    .contains("ORGANIZATION_ADMIN");
        } finally {
            TestOrganizations.delete(alone);
        }
    }

    @Test
    void aDeletedUserIsGone() {
        JsonObject user = create("delete", "SUBSCRIPTION_MANAGER");
        String path = "/users/" + user.getString("userId");
        long version = user.getJsonNumber("version").longValue();

        assertProblem(
                api.send("DELETE", path + "?version=" + (version + 5), admin, null, null, null),
                409,
                "concurrent-modification");
        assertProblem(api.send("DELETE", path + "?version=abc", admin, null, null, null), 400, "malformed-request");
        Answer deleted = api.send("DELETE", path + "?version=" + version, admin, null, null, null);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(assertProblem(api.send("GET", path, admin, null, null, null), 404, "not-found")
                        .getString("code"))
                .isEqualTo("identity.user.notFound");
        assertProblem(api.send("DELETE", path, admin, null, null, null), 404, "not-found");
    }

    @Test
    void anotherOrganizationsAdministratorFindsNothing() {
        JsonObject user = create("hidden", "SUBSCRIPTION_MANAGER");
        String path = "/users/" + user.getString("userId");
        String stranger = api.token(other.admin());

        assertProblem(api.send("GET", path, stranger, null, null, null), 404, "not-found");
        assertProblem(put(path, stranger, "{\"lastName\":\"x\",\"version\":0}"), 404, "not-found");
        assertProblem(api.send("POST", path + "/lock", stranger, null, null, null), 404, "not-found");
        assertProblem(api.send("DELETE", path, stranger, null, null, null), 404, "not-found");
        JsonObject list = assertProblem(api.send("GET", usersOf(org), stranger, null, null, null), 404, "not-found");
        assertThat(list.getString("code")).isEqualTo("account.organization.notFound");
        assertProblem(
                api.send(
                        "POST",
                        usersOf(org),
                        stranger,
                        "application/json",
                        UserApi.newUser(
                                UserApi.newUserId("x"),
                                TestMailServer.address("x"),
                                "en",
                                List.of("SUBSCRIPTION_MANAGER")),
                        null),
                404,
                "not-found");
        assertProblem(
                api.send("GET", "/organizations/" + org.orgId() + "/available-roles", stranger, null, null, null),
                404,
                "not-found");
        assertProblem(
                api.send("GET", "/organizations/st-org-none/users", stranger, null, null, null), 404, "not-found");
        // the user is untouched, and the operator sees it
        Answer seen = api.send("GET", path, api.token(operator), null, null, null);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aUserWithoutTheAdministratorRoleIs403ButManagesOneself() {
        Created plain = api.createActiveUser(admin, org.orgId(), "plain", "en", "SUBSCRIPTION_MANAGER");
        String token = api.token(plain.userId(), UserApi.NEW_PASSWORD);
        String adminPath = "/users/" + org.admin().userId();

        assertProblem(api.send("GET", usersOf(org), token, null, null, null), 403, "forbidden");
        assertProblem(
                api.send(
                        "POST",
                        usersOf(org),
                        token,
                        "application/json",
                        UserApi.newUser(
                                UserApi.newUserId("x"),
                                TestMailServer.address("x"),
                                "en",
                                List.of("SUBSCRIPTION_MANAGER")),
                        null),
                403,
                "forbidden");
        assertProblem(api.send("POST", adminPath + "/lock", token, null, null, null), 403, "forbidden");
        assertProblem(api.send("DELETE", adminPath, token, null, null, null), 403, "forbidden");
        assertProblem(
                api.send("GET", "/organizations/" + org.orgId() + "/available-roles", token, null, null, null),
                403,
                "forbidden");
        assertProblem(api.send("GET", adminPath, token, null, null, null), 404, "not-found");
        assertProblem(api.send("GET", usersOf(org), null, null, null, null), 401, "authentication");

        Answer self = api.send("GET", "/users/" + plain.userId(), token, null, null, null);
        assertThat(self.status()).as(self.toString()).isEqualTo(200);
        Answer edited = put(
                "/users/" + plain.userId(),
                token,
                "{\"lastName\":\"Selbst\",\"locale\":\"de\",\"version\":"
                        + self.json().getJsonNumber("version").longValue() + "}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("lastName")).isEqualTo("Selbst");
        assertThat(edited.json().getString("locale")).isEqualTo("de");
    }
}
