package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.OrganizationApi.assertProblem;
import static org.bss.system.rest.OrganizationApi.newOrganization;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/organizations as a client sees it: create (201 + Location), read, list with paging totals, update with
 * the version (409 when stale), roles, distinguished name, payment types; problem details for every error; operators
 * only. Runs as fixture users of its own; the organizations it creates are removed after the class.
 */
class OrganizationResourceIT {

    private static TestUser operator;
    private static TestUser plainUser;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void cleanUp() {
        OrganizationCleanup.delete(created);
        TestUsers.delete(operator, plainUser);
    }

    /** POST /organizations, which must answer 201; returns the body. */
    static JsonObject create(OrganizationApi api, JsonObject body) {
        Answer a = api.post("/organizations", body.toString());
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        String orgId = a.json().getJsonObject("organization").getString("orgId");
        created.add(orgId);
        return a.json();
    }

    static JsonObject supplier(OrganizationApi api, String name) {
        return create(
                api,
                newOrganization(
                        OrganizationCleanup.adminId(),
                        name,
                        "roles",
                        List.of("SUPPLIER"),
                        "operatorRevenueShare",
                        7.5));
    }

    @Test
    void createAnswers201WithLocationAndTheInitialPasswordOnce() {
        OrganizationApi api = new OrganizationApi(operator);
        String adminId = OrganizationCleanup.adminId();
        String name = "日本語の組織 " + OrganizationCleanup.suffix();

        Answer a = api.post(
                "/organizations",
                newOrganization(adminId, name, "roles", List.of("TECHNOLOGY_PROVIDER"), "email", "info@example.co.jp")
                        .toString());

        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        JsonObject body = a.json();
        String orgId = body.getJsonObject("organization").getString("orgId");
        created.add(orgId);
        assertThat(a.header("Location")).endsWith("/bss/api/v1/organizations/" + orgId);
        assertThat(a.header("Cache-Control")).contains("no-store");
        assertThat(body.getJsonObject("administrator").getString("userId")).isEqualTo(adminId);
        assertThat(body.getJsonObject("administrator").getString("initialPassword"))
                .hasSize(12);
        assertThat(body.getJsonObject("administrator").getJsonNumber("userKey").longValue())
                .isPositive();

        Answer read = api.get(a.header("Location"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("name")).isEqualTo(name);
        assertThat(read.json().getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("TECHNOLOGY_PROVIDER");
        assertThat(read.header("ETag"))
                .isEqualTo("\"" + read.json().getJsonNumber("version").longValue() + "\"");
        assertThat(read.body()).doesNotContain("initialPassword");
    }

    @Test
    void listPagesWithTotals() {
        OrganizationApi api = new OrganizationApi(operator);
        String token = "st-page-" + OrganizationCleanup.suffix();
        for (String n : List.of("c", "a", "b")) {
            supplier(api, token + " " + n);
        }

        Answer first = api.get("/organizations?filter=" + token.toUpperCase(Locale.ROOT) + "&limit=2&sort=name");
        Answer second = api.get("/organizations?filter=" + token + "&limit=2&offset=2&sort=name");
        Answer reversed = api.get("/organizations?filter=" + token + "&sort=name&order=desc");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("total")).isEqualTo(3);
        assertThat(first.json().getInt("limit")).isEqualTo(2);
        assertThat(names(first)).containsExactly(token + " a", token + " b");
        assertThat(second.json().getInt("total")).isEqualTo(3);
        assertThat(second.json().getInt("offset")).isEqualTo(2);
        assertThat(names(second)).containsExactly(token + " c");
        assertThat(names(reversed)).containsExactly(token + " c", token + " b", token + " a");
        assertThat(reversed.json().getInt("total"))
                .as("a page that is not full")
                .isEqualTo(3);
        Answer pastTheEnd = api.get("/organizations?filter=" + token + "&limit=2&offset=5");
        assertThat(names(pastTheEnd)).isEmpty();
        assertThat(pastTheEnd.json().getInt("total"))
                .as("an empty page past the end")
                .isEqualTo(3);
        assertThat(api.get("/organizations?limit=1").json().getInt("total")).isGreaterThanOrEqualTo(4);

        assertProblem(api.get("/organizations?limit=ten"), 400, "malformed-request");
        Answer tooMany = api.get("/organizations?limit=501");
        assertProblem(tooMany, 422, "validation");
        assertThat(tooMany.json().getString("code")).isEqualTo("account.list.limit");
        assertProblem(api.get("/organizations?sort=password"), 422, "validation");
    }

    @Test
    void updateWithAStaleVersionIs409() {
        OrganizationApi api = new OrganizationApi(operator);
        JsonObject org =
                supplier(api, "Versioned " + OrganizationCleanup.suffix()).getJsonObject("organization");
        String path = "/organizations/" + org.getString("orgId");
        long version = org.getJsonNumber("version").longValue();

        Answer updated = api.put(
                path, RestClient.json("version", version, "name", "Versioned anew", "url", "https://example.com"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("Versioned anew");
        assertThat(updated.json().getString("domicile")).as("left out: kept").isEqualTo("JP");
        assertThat(updated.json().getJsonNumber("version").longValue()).isGreaterThan(version);

        Answer stale = api.put(path, RestClient.json("version", version, "name", "Lost update"));
        assertProblem(stale, 409, "concurrent-modification");
        assertThat(stale.json().getString("code")).isEqualTo("account.organization.stale");
        assertThat(api.organization(org.getString("orgId")).getString("name")).isEqualTo("Versioned anew");

        assertProblem(api.put(path, RestClient.json("name", "No version")), 400, "malformed-request");
        // strict bodies: a misspelt field was silently dropped before (200 with nothing changed); now 400 naming it
        long current = updated.json().getJsonNumber("version").longValue();
        Answer misspelt = api.put(path, RestClient.json("version", current, "nmae", "Typo"));
        assertProblem(misspelt, 400, "malformed-request");
        assertThat(misspelt.json().getString("detail"))
                .startsWith("The field \"nmae\" is not known here.")
                .contains("name");
        Answer mistyped = api.put(path, "{\"version\":\"" + current + "\",\"name\":\"Typed\"}");
        assertProblem(mistyped, 400, "malformed-request");
        assertThat(mistyped.json().getString("detail")).isEqualTo("The field \"version\" must be a whole number.");
        assertThat(api.organization(org.getString("orgId")).getString("name"))
                .as("bad input changes nothing")
                .isEqualTo("Versioned anew");
        Answer cleared = api.put(
                path,
                RestClient.json(
                        "version", updated.json().getJsonNumber("version").longValue(), "url", ""));
        assertThat(cleared.json().containsKey("url") && !cleared.json().isNull("url"))
                .as("an empty value clears")
                .isFalse();
    }

    @Test
    void rolesDistinguishedNameAndPaymentTypes() {
        OrganizationApi api = new OrganizationApi(operator);
        String orgId = create(
                        api,
                        newOrganization(
                                OrganizationCleanup.adminId(),
                                "Customer " + OrganizationCleanup.suffix(),
                                "marketplaceId",
                                "mp-st"))
                .getJsonObject("organization")
                .getString("orgId");
        String path = "/organizations/" + orgId;

        Answer notSeller = api.post(path + "/payment-types", "{\"paymentTypes\":[\"INVOICE\"]}");
        assertProblem(notSeller, 422, "validation");
        assertThat(notSeller.json().getString("code")).isEqualTo("account.paymentType.notSeller");
        Answer needsShare = api.post(path + "/roles", "{\"roles\":[\"SUPPLIER\"]}");
        assertProblem(needsShare, 422, "validation");
        assertThat(needsShare.json().getString("detail")).contains("organization.operatorrevshare");

        Answer roles = api.post(path + "/roles", "{\"roles\":[\"SUPPLIER\"],\"operatorRevenueShare\":20}");
        assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
        assertThat(roles.json().getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("SUPPLIER");
        Answer types = api.post(path + "/payment-types", "{\"paymentTypes\":[\"CREDIT_CARD\",\"INVOICE\"]}");
        assertThat(types.status()).as(types.toString()).isEqualTo(200);
        assertThat(types.json().getJsonArray("paymentTypes").getValuesAs(JsonString::getString))
                .containsExactly("INVOICE", "CREDIT_CARD");
        Answer unknown = api.post(path + "/payment-types", "{\"paymentTypes\":[\"BITCOIN\"]}");
        assertProblem(unknown, 422, "validation");
        assertThat(unknown.json().getString("detail")).contains("BITCOIN");

        String dn = "CN=" + orgId + ".example.com,O=REST,C=DE";
        Answer named = api.put(path + "/distinguished-name", RestClient.json("distinguishedName", dn));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().getString("distinguishedName")).isEqualTo(dn);
        String other = supplier(api, "Other " + OrganizationCleanup.suffix())
                .getJsonObject("organization")
                .getString("orgId");
        assertProblem(
                api.put("/organizations/" + other + "/distinguished-name", RestClient.json("distinguishedName", dn)),
                409,
                "conflict");
        assertProblem(
                api.put(path + "/distinguished-name", RestClient.json("distinguishedName", "not a dn")),
                422,
                "validation");
    }

    @Test
    void errorsAreProblemDetails() {
        OrganizationApi api = new OrganizationApi(operator);
        Answer badMail = api.post(
                "/organizations",
                newOrganization(OrganizationCleanup.adminId(), "Bad", "roles", List.of("BROKER"), "email", "nobody@")
                        .toString());
        assertProblem(badMail, 422, "validation");
        assertThat(badMail.json().getString("code")).isEqualTo("account.field.email");
        assertThat(badMail.json().getString("detail")).contains("organization.email");

        Answer german = new RestClient()
                .send(
                        "POST",
                        "/organizations",
                        "application/json",
                        newOrganization(OrganizationCleanup.adminId(), "Bad", "roles", List.of("RESELLER", "BROKER"))
                                .toString(),
                        Map.of("Authorization", "Bearer " + tokenOf(api), "Accept-Language", "de"));
        assertProblem(german, 422, "validation");
        assertThat(german.header("Content-Language")).isEqualTo("de");
        assertThat(german.json().getString("detail")).contains("kann nicht mit der Rolle");

        String ldapAdmin = OrganizationCleanup.adminId();
        JsonObject ldap = jakarta.json.Json.createObjectBuilder(
                        newOrganization(ldapAdmin, "LDAP down", "roles", List.of("BROKER")))
                .add(
                        "ldapSettings",
                        jakarta.json.Json.createObjectBuilder()
                                .add("LDAP_URL", "ldap://127.0.0.1:1")
                                .add("LDAP_BASE_DN", "dc=example,dc=com"))
                .build();
        Answer unreachable = api.post("/organizations", ldap.toString());
        assertThat(unreachable.status()).as(unreachable.toString()).isEqualTo(422);
        assertThat(unreachable.contentType()).startsWith(OrganizationApi.PROBLEM_JSON);
        assertThat(unreachable.json().getString("code")).isEqualTo("ldap.connect.unreachable");
        assertThat(OrganizationCleanup.userExists(ldapAdmin))
                .as("nothing half-done")
                .isFalse();

        assertProblem(api.post("/organizations", "{\"name\":"), 400, "malformed-request");
        assertProblem(
                api.post("/organizations", "{\"name\":\"No admin\",\"roles\":[\"BROKER\"]}"), 400, "malformed-request");
        Answer nested = api.post(
                "/organizations", "{\"name\":\"Nested typo\",\"administrator\":{\"userId\":\"x\",\"mail\":\"m\"}}");
        assertProblem(nested, 400, "malformed-request");
        assertThat(nested.json().getString("detail")).startsWith("The field \"administrator.mail\" is not known here.");
        assertProblem(api.get("/organizations/st-none-" + OrganizationCleanup.suffix()), 404, "not-found");
        assertProblem(new RestClient().get("/organizations", null), 401, "authentication");
    }

    @Test
    void aUserWithoutTheOperatorRoleGets403() {
        OrganizationApi api = new OrganizationApi(plainUser);
        assertProblem(api.get("/organizations"), 403, "forbidden");
        assertProblem(
                api.post(
                        "/organizations",
                        newOrganization(OrganizationCleanup.adminId(), "X", "roles", List.of("BROKER"))
                                .toString()),
                403,
                "forbidden");
        assertProblem(
                api.put(
                        "/organizations/PLATFORM_OPERATOR/distinguished-name",
                        RestClient.json("distinguishedName", "CN=x")),
                403,
                "forbidden");
    }

    private static List<String> names(Answer a) {
        return a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name"))
                .toList();
    }

    private static String tokenOf(OrganizationApi api) {
        return api.token();
    }
}
