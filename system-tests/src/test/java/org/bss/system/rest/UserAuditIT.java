package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AUD-1..3 for the user operations of issue 4: each operation done through the REST API writes exactly one audit
 * entry with its id (39010–39017, docs/audit.md) and its pairs in order — userId, orgId, orgName of the caller, then
 * the operation's own. AUDIT_LOG_ENABLED is switched on for the test and put back afterwards.
 */
class UserAuditIT {

    private static final UserApi api = new UserApi();
    private static TestUser operator;
    private static TestOrganization org;
    private static String operatorToken;
    private static String auditBefore;

    @BeforeAll
    static void setUp() {
        TestMailServer.start();
        operator = TestUsers.operator();
        org = TestOrganizations.create();
        operatorToken = api.token(operator);
        auditBefore = setting("AUDIT_LOG_ENABLED", "true");
    }

    @AfterAll
    static void cleanUp() {
        try {
            setting("AUDIT_LOG_ENABLED", auditBefore);
        } finally {
            TestOrganizations.delete(org);
            TestUsers.delete(operator);
        }
    }

    @Test
    void eachUserOperationWritesExactlyOneEntryWithItsPairs() {
        String admin = api.token(org.admin());
        String userId = UserApi.newUserId("audit");
        String email = TestMailServer.address("audit");
        String callerPairs = "userId=" + org.admin().userId() + "|orgId=" + org.orgId() + "|orgName=";

        api.createUser(admin, org.orgId(), userId, email, "de", "SUBSCRIPTION_MANAGER");
        assertThat(entries(39010, userId))
                .containsExactly("Create user|" + callerPairs + orgName() + "|user=" + userId + "|email=" + email
                        + "|userRoles=SUBSCRIPTION_MANAGER|locale=de");

        ok(api.send(
                "PUT",
                "/users/" + userId,
                admin,
                "application/json",
                Json.createObjectBuilder()
                        .add("firstName", "Audit")
                        .add("version", version(admin, userId))
                        .build()
                        .toString(),
                null));
        assertThat(entries(39011, userId))
                .containsExactly("Update user|" + callerPairs + orgName() + "|user=" + userId + "|email=" + email
                        + "|firstName=Audit|lastName=|locale=de");

        ok(api.send(
                "PUT",
                "/users/" + userId + "/roles",
                admin,
                "application/json",
                Json.createObjectBuilder()
                        .add("roles", Json.createArrayBuilder(List.of("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER")))
                        .add("version", version(admin, userId))
                        .build()
                        .toString(),
                null));
        assertThat(entries(39013, userId))
                .containsExactly("Change user roles|" + callerPairs + orgName() + "|user=" + userId
                        + "|userRoles=ORGANIZATION_ADMIN,SUBSCRIPTION_MANAGER");

        for (String[] action : new String[][] {
            {"lock", "39014", "Lock user"},
            {"unlock", "39015", "Unlock user"},
            {"reset-password", "39016", "Reset password"}
        }) {
            ok(api.send("POST", "/users/" + userId + "/" + action[0], admin, null, null, null));
            assertThat(entries(Integer.parseInt(action[1]), userId))
                    .as(action[0])
                    .containsExactly(action[2] + "|" + callerPairs + orgName() + "|user=" + userId);
        }

        Answer deleted =
                api.send("DELETE", "/users/" + userId + "?version=" + version(admin, userId), admin, null, null, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(entries(39012, userId))
                .containsExactly("Delete user|" + callerPairs + orgName() + "|user=" + userId);
    }

    @Test
    void anImportWritesOneEntryWithItsCounts() {
        String admin = api.token(org.admin());
        int before = entries(39017, null).size();
        String csv =
                UserApi.newUserId("imp1") + "," + TestMailServer.address("imp1") + ",en,MR,A,B,SUBSCRIPTION_MANAGER\n"
                        + UserApi.newUserId("imp2") + "," + TestMailServer.address("imp2")
                        + ",ja,,,,\"ORGANIZATION_ADMIN, SUBSCRIPTION_MANAGER\"\n"
                        + "bad:id,x@example.com,en,,,,SUBSCRIPTION_MANAGER\n";
        Answer started = api.rest.send(
                "POST",
                "/organizations/" + org.orgId() + "/user-imports",
                "text/csv; charset=UTF-8",
                new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                java.util.Map.of("Authorization", "Bearer " + admin));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        Answer state = api.send("GET", location, admin, null, null, null);
        for (int i = 0; i < 200 && !"DONE".equals(state.json().getString("status")); i++) {
            sleep();
            state = api.send("GET", location, admin, null, null, null);
        }
        assertThat(state.json().getString("status")).as(state.toString()).isEqualTo("DONE");
        List<String> after = entries(39017, null);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(after.size() - 1))
                .isEqualTo("Import users|userId=" + org.admin().userId() + "|orgId=" + org.orgId() + "|orgName="
                        + orgName() + "|organizationId=" + org.orgId() + "|organizationName=" + orgName()
                        + "|importedUsers=2|rejectedRows=1");
    }

    private static void ok(Answer a) {
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
    }

    private static long version(String token, String userId) {
        Answer a = api.send("GET", "/users/" + userId, token, null, null, null);
        ok(a);
        return a.json().getJsonNumber("version").longValue();
    }

    /** "operation name|pairs" of the entries of {@code operationId} by the organization's administrator, oldest first. */
    private static List<String> entries(int operationId, String targetUserId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select operation_name, pairs from audit_log"
                    + " where operation_id = ? and user_id = ? order by id")) {
                s.setInt(1, operationId);
                s.setString(2, org.admin().userId());
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String pairs = r.getString(2);
                        if (targetUserId == null
                                || pairs.contains("|user=" + targetUserId + "|")
                                || pairs.endsWith("|user=" + targetUserId)) {
                            out.add(r.getString(1) + "|" + pairs);
                        }
                    }
                }
                return out;
            }
        });
    }

    private static String orgName() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select name from organization where org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    private static String setting(String key, String value) {
        return PlatformSettings.set(api, operatorToken, key, value);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
