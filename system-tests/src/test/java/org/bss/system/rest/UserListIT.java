package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.UserApi.assertInvalid;
import static org.bss.system.rest.UserApi.assertProblem;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bss.system.rest.RestClient.Answer;
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
 * GET /organizations/{orgId}/users: paging with totals, sorting, filtering. A fixture organization of its own holds
 * its administrator and six users created through the API, so every total is exact.
 */
class UserListIT {

    private static final String TAG = "lst" + UUID.randomUUID().toString().substring(0, 6);
    /** user ids in ascending order; last names and e-mail addresses sort the other way round */
    private static final List<String> IDS = new ArrayList<>();

    private static TestOrganization org;
    private static TestUser operator;

    private final UserApi api = new UserApi();
    private String admin;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create();
        operator = TestUsers.operator();
        UserApi api = new UserApi();
        String token = api.token(org.admin());
        for (int i = 1; i <= 6; i++) {
            String userId = "st-u-" + TAG + "-" + i;
            Answer a = api.send(
                    "POST",
                    "/organizations/" + org.orgId() + "/users",
                    token,
                    "application/json",
                    UserApi.newUser(
                            userId,
                            (char) ('z' - i) + "-" + TAG + "@bss.test",
                            "en",
                            List.of("SUBSCRIPTION_MANAGER"),
                            "firstName",
                            "Pat",
                            "lastName",
                            "Name" + (char) ('Z' - i)),
                    null);
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
            IDS.add(userId);
        }
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
        TestUsers.delete(operator);
    }

    @BeforeEach
    void token() {
        admin = api.token(org.admin());
    }

    private JsonObject page(String query) {
        Answer a = api.send("GET", "/organizations/" + org.orgId() + "/users" + query, admin, null, null, null);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("userId"))
                .toList();
    }

    @Test
    void theFirstPageCountsEveryUser() {
        JsonObject first = page("");

        assertThat(first.getInt("total")).isEqualTo(7);
        assertThat(first.getInt("offset")).isZero();
        assertThat(first.getInt("limit")).isEqualTo(50);
        // the administrator (st-orgadmin-…) sorts before st-u-…
        assertThat(ids(first))
                .containsExactly(
                        org.admin().userId(), IDS.get(0), IDS.get(1), IDS.get(2), IDS.get(3), IDS.get(4), IDS.get(5));
        assertThat(first.getJsonArray("items").getJsonObject(1).getString("organizationId"))
                .isEqualTo(org.orgId());
    }

    @Test
    void pagesSplitTheFilteredUsers() {
        JsonObject one = page("?filter=" + TAG + "&limit=4");
        JsonObject two = page("?filter=" + TAG + "&limit=4&offset=4");
        JsonObject beyond = page("?filter=" + TAG + "&limit=4&offset=8");

        assertThat(one.getInt("total")).isEqualTo(6);
        assertThat(two.getInt("total")).isEqualTo(6);
        assertThat(beyond.getInt("total")).isEqualTo(6);
        assertThat(ids(one)).containsExactlyElementsOf(IDS.subList(0, 4));
        assertThat(ids(two)).containsExactlyElementsOf(IDS.subList(4, 6));
        assertThat(ids(beyond)).isEmpty();
        assertThat(two.getInt("offset")).isEqualTo(4);
        assertThat(two.getInt("limit")).isEqualTo(4);
    }

    @Test
    void theFilterIgnoresCaseAndMatchesNames() {
        assertThat(page("?filter=" + TAG.toUpperCase(Locale.ROOT)).getInt("total"))
                .isEqualTo(6);
        assertThat(ids(page("?filter=" + "nameW"))).containsExactly(IDS.get(2));
        assertThat(page("?filter=no-such-" + TAG).getInt("total")).isZero();
        assertThat(page("?filter=%25").getInt("total"))
                .as("a % is a character, not a wildcard")
                .isZero();
    }

    @Test
    void sortOrdersAreHonoured() {
        List<String> reversed = new ArrayList<>(IDS);
        java.util.Collections.reverse(reversed);

        assertThat(ids(page("?filter=" + TAG + "&sort=userId&order=desc"))).containsExactlyElementsOf(reversed);
        assertThat(ids(page("?filter=" + TAG + "&sort=lastName"))).containsExactlyElementsOf(reversed);
        assertThat(ids(page("?filter=" + TAG + "&sort=lastName&order=DESC"))).containsExactlyElementsOf(IDS);
        assertThat(ids(page("?filter=" + TAG + "&sort=email&order=asc"))).containsExactlyElementsOf(reversed);
        assertThat(ids(page("?filter=" + TAG + "&sort=createdAt&order=asc&limit=2")))
                .hasSize(2);
    }

    @Test
    void theOperatorListsAnyOrganization() {
        Answer a = api.send(
                "GET", "/organizations/" + org.orgId() + "/users?limit=1", api.token(operator), null, null, null);

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().getInt("total")).isEqualTo(7);
        assertProblem(
                api.send("GET", "/organizations/st-org-none/users", api.token(operator), null, null, null),
                404,
                "not-found");
    }

    @Test
    void badParametersAre400() {
        String path = "/organizations/" + org.orgId() + "/users";

        assertInvalid(api.send("GET", path + "?sort=password", admin, null, null, null), "identity.list.sort");
        assertInvalid(api.send("GET", path + "?limit=0", admin, null, null, null), "identity.list.limit");
        assertInvalid(api.send("GET", path + "?limit=501", admin, null, null, null), "identity.list.limit");
        assertInvalid(api.send("GET", path + "?offset=-1", admin, null, null, null), "identity.list.offset");
        JsonObject notANumber =
                assertProblem(api.send("GET", path + "?limit=ten", admin, null, null, "de"), 400, "malformed-request");
        assertThat(notANumber.getString("detail")).contains("limit").contains("ten");
        assertProblem(api.send("GET", path + "?order=down", admin, null, null, null), 400, "malformed-request");
    }
}
