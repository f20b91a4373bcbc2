package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.OrganizationApi.assertProblem;
import static org.bss.system.rest.OrganizationApi.newOrganization;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /bss/api/v1/audit-log (AUD-3, AUD-4): the organization operations of a fixture operator appear as export lines,
 * as text or JSON; more entries than AUDIT_LOG_MAX_ENTRIES_RETRIEVED are a problem asking for a shorter period. The
 * export is narrowed to the fixture operator ({@code userId=}), so other work on the shared server does not count.
 * AUDIT_LOG_ENABLED and the cap are put back after each test.
 */
class AuditLogResourceIT {

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

    private static String createSupplier(OrganizationApi api) {
        Answer a = api.post(
                "/organizations",
                newOrganization(
                                OrganizationCleanup.adminId(),
                                "Audited " + OrganizationCleanup.suffix(),
                                "roles",
                                List.of("SUPPLIER"),
                                "operatorRevenueShare",
                                10,
                                "email",
                                "audit@example.com")
                        .toString());
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        String orgId = a.json().getJsonObject("organization").getString("orgId");
        created.add(orgId);
        return orgId;
    }

    /** from=yesterday&to=tomorrow in the server's time zone, narrowed to the fixture operator. */
    private static String period(OrganizationApi api) {
        Answer zone = api.get("/settings/TIME_ZONE_ID");
        LocalDate today = LocalDate.now(ZoneId.of(zone.json().getString("effectiveValue")));
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&userId=" + operator.userId();
    }

    @Test
    void organizationOperationsAreExportedAsTextAndJson() {
        OrganizationApi api = new OrganizationApi(operator);
        String enabled = api.setting("AUDIT_LOG_ENABLED", "true");
        try {
            String orgId = createSupplier(api);
            Answer roles = api.post("/organizations/" + orgId + "/roles", "{\"roles\":[\"TECHNOLOGY_PROVIDER\"]}");
            assertThat(roles.status()).as(roles.toString()).isEqualTo(200);

            Answer text = api.get("/audit-log?" + period(api), "text/plain");

            assertThat(text.status()).as(text.toString()).isEqualTo(200);
            assertThat(text.contentType()).startsWith("text/plain");
            List<String> mine = text.body()
                    .lines()
                    .filter(l -> l.contains("|organizationId=" + orgId + "|"))
                    .toList();
            assertThat(mine).hasSize(2);
            assertThat(mine.get(0))
                    .matches(
                            "\\d\\d/\\d\\d/\\d{4}_\\d\\d:\\d\\d:\\d\\d\\.\\d{3},FSP_INTS-BSS,INFO,39000,Create organization,"
                                    + "userId=" + operator.userId()
                                    + "\\|orgId=PLATFORM_OPERATOR\\|orgName=[^|]*\\|organizationId=" + orgId
                                    + "\\|organizationName=Audited [0-9a-f]{8}\\|organizationRoles=SUPPLIER\\|email=audit@example.com\\|locale=ja");
            assertThat(mine.get(1))
                    .contains(",39002,Add organization role,")
                    .endsWith("|organizationRole=TECHNOLOGY_PROVIDER");

            Answer json = api.get("/audit-log?" + period(api), "application/json");
            assertThat(json.status()).as(json.toString()).isEqualTo(200);
            JsonObject body = json.json();
            assertThat(body.getInt("count"))
                    .isEqualTo(body.getJsonArray("lines").size());
            assertThat(body.getJsonArray("lines").getValuesAs(JsonString::getString))
                    .containsAll(mine);
        } finally {
            api.setting("AUDIT_LOG_ENABLED", enabled);
        }
    }

    @Test
    void moreEntriesThanTheCapAskForAShorterPeriod() {
        OrganizationApi api = new OrganizationApi(operator);
        String enabled = api.setting("AUDIT_LOG_ENABLED", "true");
        String cap = api.setting("AUDIT_LOG_MAX_ENTRIES_RETRIEVED", "1");
        try {
            String orgId = createSupplier(api);
            api.post("/organizations/" + orgId + "/payment-types", "{\"paymentTypes\":[\"INVOICE\"]}");

            Answer capped = api.get("/audit-log?" + period(api), "text/plain");

            assertProblem(capped, 422, "validation");
            assertThat(capped.json().getString("code")).isEqualTo("audit.tooManyEntries");
            assertThat(capped.json().getString("detail"))
                    .contains("more than the 1")
                    .contains("shorter period");
        } finally {
            api.setting("AUDIT_LOG_MAX_ENTRIES_RETRIEVED", cap);
            api.setting("AUDIT_LOG_ENABLED", enabled);
        }
    }

    @Test
    void badPeriodsAreProblems() {
        OrganizationApi api = new OrganizationApi(operator);
        Answer invalid = api.get("/audit-log?from=2026-13-01&to=2026-12-31");
        assertProblem(invalid, 422, "validation");
        assertThat(invalid.json().getString("code")).isEqualTo("audit.date.invalid");
        assertThat(api.get("/audit-log?to=2026-12-31").json().getString("code")).isEqualTo("audit.period.missing");
        assertThat(api.get("/audit-log?from=2026-12-31&to=2026-01-01").json().getString("code"))
                .isEqualTo("audit.period.reversed");
    }

    @Test
    void aUserWithoutTheOperatorRoleGets403() {
        assertProblem(new OrganizationApi(plainUser).get("/audit-log?from=2026-01-01&to=2026-01-01"), 403, "forbidden");
        assertProblem(new RestClient().get("/audit-log?from=2026-01-01&to=2026-01-01", null), 401, "authentication");
    }
}
