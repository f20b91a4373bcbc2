package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/marketplaces as the operator and marketplace owners use it (MKT-1, MKT-2, G.4; docs/marketplaces.md):
 * create with a generated id, the owner role following ownership, settings, reassignment, deletion, who may publish,
 * access rules, and bad input that changes nothing.
 */
class MarketplaceResourceIT {

    private static final String JSON = "application/json";
    private static final List<TestOrganization> ORGS = new ArrayList<>();
    private static TestUser operator;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(ORGS.toArray(TestOrganization[]::new));
        TestUsers.delete(operator);
    }

    @Test
    void createReadChangeAndDelete() {
        TestOrganization owner = organization("SUPPLIER");
        String op = api.token(operator);

        Answer created = create(op, owner.orgId(), "Video shop", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject mp = created.json();
        String id = mp.getString("marketplaceId");
        assertThat(id).as("an organization's first marketplace takes its id").isEqualTo(owner.orgId());
        assertThat(created.header("Location")).endsWith("/bss/api/v1/marketplaces/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"" + mp.getInt("version") + "\"");
        assertThat(mp.getString("owningOrganizationId")).isEqualTo(owner.orgId());
        assertThat(mp.getBoolean("open")).isFalse();
        assertThat(organizationRoles(owner)).contains("MARKETPLACE_OWNER");
        assertThat(userRoles(owner.admin())).contains("MARKETPLACE_OWNER");

        Answer second = create(op, owner.orgId(), "Second shop", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().getString("marketplaceId")).matches("[0-9a-f]{8}");

        String ownerToken = api.token(owner.admin());
        JsonObject own = api.rest.get("/marketplaces?limit=1", ownerToken).json();
        assertThat(own.getInt("total")).isEqualTo(2);
        assertThat(own.getJsonArray("items")).hasSize(1);
        Answer read = api.rest.get("/marketplaces/" + id, ownerToken);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        String etag = read.header("ETag");

        Answer renamed = call(
                "PUT", "/marketplaces/" + id, ownerToken, settings("Video market", true), Map.of("If-Match", etag));
        Answer stale =
                call("PUT", "/marketplaces/" + id, ownerToken, settings("Stale", false), Map.of("If-Match", etag));
        Answer operatorRenames = call(
                "PUT",
                "/marketplaces/" + id,
                op,
                settings("By the operator", true),
                Map.of("If-Match", renamed.header("ETag")));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Video market");
        assertThat(renamed.json().getBoolean("open")).isTrue();
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        UserApi.assertProblem(operatorRenames, 403, "not-permitted");

        Answer deleted = api.send("DELETE", "/marketplaces/" + id, op, null, null, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api.rest.get("/marketplaces/" + id, op).status()).isEqualTo(404);
        assertThat(organizationRoles(owner)).as("still owns the second").contains("MARKETPLACE_OWNER");
        Answer last =
                api.send("DELETE", "/marketplaces/" + second.json().getString("marketplaceId"), op, null, null, null);
        assertThat(last.status()).as(last.toString()).isEqualTo(204);
        assertThat(organizationRoles(owner)).doesNotContain("MARKETPLACE_OWNER");
        assertThat(userRoles(owner.admin())).doesNotContain("MARKETPLACE_OWNER");
    }

    @Test
    void reassigningMovesTheRoleAndKeepsItWithAnotherMarketplace() {
        TestOrganization first = organization("SUPPLIER");
        TestOrganization next = organization();
        String op = api.token(operator);
        String a = create(op, first.orgId(), "A", null).json().getString("marketplaceId");
        String b = create(op, first.orgId(), "B", null).json().getString("marketplaceId");

        Answer byOperator = owner(op, a, next.orgId());
        assertThat(byOperator.status()).as(byOperator.toString()).isEqualTo(200);
        assertThat(byOperator.json().getString("owningOrganizationId")).isEqualTo(next.orgId());
        assertThat(organizationRoles(next)).contains("MARKETPLACE_OWNER");
        assertThat(userRoles(next.admin())).contains("MARKETPLACE_OWNER");
        assertThat(organizationRoles(first)).as("owns B still").contains("MARKETPLACE_OWNER");

        Answer byOwner = owner(api.token(first.admin()), b, next.orgId());
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
        assertThat(organizationRoles(first)).doesNotContain("MARKETPLACE_OWNER");
        assertThat(userRoles(first.admin())).doesNotContain("MARKETPLACE_OWNER");
        JsonObject ofNext =
                api.rest.get("/marketplaces", api.token(next.admin())).json();
        assertThat(ofNext.getInt("total")).isEqualTo(2);
    }

    @Test
    void onlyTheOperatorAndOwnersAndAnotherOwnersMarketplaceIsNotFound() {
        TestOrganization one = organization("SUPPLIER");
        TestOrganization two = organization("SUPPLIER");
        String op = api.token(operator);
        String ofOne = create(op, one.orgId(), "One", null).json().getString("marketplaceId");
        create(op, two.orgId(), "Two", null);
        String twoToken = api.token(two.admin());
        TestOrganization customer = organization();
        String customerToken = api.token(customer.admin());

        UserApi.assertProblem(create(customerToken, customer.orgId(), "Mine", null), 403, "forbidden");
        assertThat(api.rest.get("/marketplaces", customerToken).status()).isEqualTo(403);
        UserApi.assertProblem(create(twoToken, two.orgId(), "More", null), 403, "forbidden");
        UserApi.assertProblem(api.rest.get("/marketplaces/" + ofOne, twoToken), 404, "not-found");
        UserApi.assertProblem(
                call("PUT", "/marketplaces/" + ofOne, twoToken, settings("Taken", true), Map.of("If-Match", "\"1\"")),
                404,
                "not-found");
        UserApi.assertProblem(owner(twoToken, ofOne, two.orgId()), 404, "not-found");
        UserApi.assertProblem(
                api.send("DELETE", "/marketplaces/" + ofOne, twoToken, null, null, null), 403, "forbidden");
        UserApi.assertProblem(api.rest.get("/marketplaces/" + ofOne + "/suppliers", twoToken), 404, "not-found");
        UserApi.assertProblem(api.rest.get("/marketplaces/" + ofOne + "/suppliers", op), 403, "forbidden");
        assertThat(api.rest.get("/marketplaces/" + ofOne, op).json().getString("owningOrganizationId"))
                .isEqualTo(one.orgId());
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndChangesNothing() {
        TestOrganization owner = organization("SUPPLIER");
        String op = api.token(operator);
        long before = total(op);

        Answer unknownOwner = create(op, "st-org-nobody", "Shop", null);
        Answer blank = create(op, owner.orgId(), "   ", "de");
        Answer tooLong = create(op, owner.orgId(), "x".repeat(101), "ja");

        assertThat(UserApi.assertProblem(unknownOwner, 404, "not-found").getString("code"))
                .isEqualTo("marketplace.ownerNotFound");
        assertThat(UserApi.assertInvalid(blank, "marketplace.nameRequired").getString("detail"))
                .contains("Marktplatz");
        assertThat(UserApi.assertInvalid(tooLong, "marketplace.nameTooLong").getString("detail"))
                .contains("100", "101", "マーケットプレース");
        assertThat(total(op)).isEqualTo(before);
        assertThat(organizationRoles(owner)).doesNotContain("MARKETPLACE_OWNER");

        String id = create(op, owner.orgId(), "Shop", null).json().getString("marketplaceId");
        Answer reassignToNobody = owner(op, id, "st-org-nobody");
        Answer renameBlank = call("PUT", "/marketplaces/" + id, api.token(owner.admin()), settings("", true), Map.of());
        assertThat(reassignToNobody.status()).as(reassignToNobody.toString()).isEqualTo(404);
        assertThat(renameBlank.status()).as(renameBlank.toString()).isEqualTo(422);
        JsonObject stored = api.rest.get("/marketplaces/" + id, op).json();
        assertThat(stored.getString("owningOrganizationId")).isEqualTo(owner.orgId());
        assertThat(stored.getString("name")).isEqualTo("Shop");
        assertThat(stored.getBoolean("open")).isFalse();
    }

    @Test
    void theOwnerGrantsOnARestrictedAndBansOnAnOpenMarketplace() {
        TestOrganization owner = organization("SUPPLIER");
        TestOrganization supplier = organization("SUPPLIER");
        TestOrganization customer = organization();
        String id =
                create(api.token(operator), owner.orgId(), "Shop", null).json().getString("marketplaceId");
        String token = api.token(owner.admin());
        String suppliers = "/marketplaces/" + id + "/suppliers";

        assertThat(ids(api.rest.get(suppliers, token).json(), "granted")).containsExactly(owner.orgId());
        Answer notASeller = call("POST", suppliers + "/granted", token, orgIds(supplier, customer), Map.of());
        UserApi.assertInvalid(notASeller, "marketplace.supplier.notASeller");
        assertThat(ids(api.rest.get(suppliers, token).json(), "granted")).containsExactly(owner.orgId());

        Answer granted = call("POST", suppliers + "/granted", token, orgIds(supplier), Map.of());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(ids(granted.json(), "granted")).containsExactlyInAnyOrder(owner.orgId(), supplier.orgId());
        Answer twice = call("POST", suppliers + "/granted", token, orgIds(supplier), Map.of());
        assertThat(UserApi.assertProblem(twice, 409, "conflict").getString("code"))
                .isEqualTo("marketplace.supplier.alreadyGranted");
        Answer banOnRestricted = call("POST", suppliers + "/banned", token, orgIds(supplier), Map.of());
        assertThat(UserApi.assertProblem(banOnRestricted, 409, "conflict").getString("code"))
                .isEqualTo("marketplace.supplier.notOpen");
        Answer revoked = api.send("DELETE", suppliers + "/granted/" + supplier.orgId(), token, null, null, null);
        assertThat(ids(revoked.json(), "granted")).containsExactly(owner.orgId());

        Answer opened = call("PUT", "/marketplaces/" + id, token, settings("Shop", true), Map.of());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        Answer banned = call("POST", suppliers + "/banned", token, orgIds(supplier), Map.of());
        assertThat(banned.status()).as(banned.toString()).isEqualTo(200);
        assertThat(banned.json().getBoolean("open")).isTrue();
        assertThat(ids(banned.json(), "banned")).containsExactly(supplier.orgId());
        Answer lifted = api.send("DELETE", suppliers + "/banned/" + supplier.orgId(), token, null, null, null);
        assertThat(ids(lifted.json(), "banned")).isEmpty();
    }

    private static TestOrganization organization(String... roles) {
        TestOrganization org = TestOrganizations.create(roles);
        ORGS.add(org);
        return org;
    }

    private Answer create(String token, String ownerId, String name, String language) {
        return api.send(
                "POST",
                "/marketplaces",
                token,
                JSON,
                "{\"name\":\"" + name + "\",\"owningOrganizationId\":\"" + ownerId + "\",\"reviewEnabled\":true}",
                language);
    }

    private Answer owner(String token, String id, String ownerId) {
        return call(
                "PUT",
                "/marketplaces/" + id + "/owner",
                token,
                "{\"owningOrganizationId\":\"" + ownerId + "\"}",
                Map.of());
    }

    /** A change that names its version in the body when no If-Match is given (the latest one). */
    private Answer call(String method, String path, String token, String body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Authorization", "Bearer " + token);
        String withVersion = body;
        if (method.equals("PUT") && !extra.containsKey("If-Match") && !path.endsWith("/owner")) {
            String id = path.substring("/marketplaces/".length());
            Answer current = api.rest.get("/marketplaces/" + id, token);
            if (current.status() == 200) {
                withVersion = body.substring(0, body.length() - 1) + ",\"version\":"
                        + current.json().getInt("version") + "}";
            }
        }
        return api.rest.send(method, path, JSON, withVersion, headers);
    }

    private static String settings(String name, boolean open) {
        return "{\"name\":\"" + name + "\",\"open\":" + open + "}";
    }

    private static String orgIds(TestOrganization... orgs) {
        StringBuilder json = new StringBuilder("{\"organizationIds\":[");
        for (int i = 0; i < orgs.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(orgs[i].orgId()).append('"');
        }
        return json.append("]}").toString();
    }

    private static List<String> ids(JsonObject access, String kind) {
        return access.getJsonArray(kind).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private long total(String token) {
        return api.rest
                .get("/marketplaces", token)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    private static List<String> organizationRoles(TestOrganization org) {
        return strings("select role_name from organization_role where org_key = ?", org.orgKey());
    }

    private static List<String> userRoles(TestUser user) {
        return strings("select role_name from user_role where user_key = ?", user.userKey());
    }

    private static List<String> strings(String sql, long key) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, key);
                List<String> result = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.add(r.getString(1));
                    }
                }
                return result;
            }
        });
    }
}
