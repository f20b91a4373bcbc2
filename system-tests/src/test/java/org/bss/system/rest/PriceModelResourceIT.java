package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.AuditRows;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/services/{key}/price-model (SVC-3, docs/catalog.md): set a price model with every element, read it, its
 * history keeps every state; bad terms (a currency the platform lacks, a negative price, overlapping steps, an event
 * the technical service lacks) are refused with nothing saved; a copy carries the price model, a deleted service
 * takes it along.
 */
class PriceModelResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";
    private static final String EVERY_ELEMENT = "{\"type\":\"PER_UNIT\",\"currency\":\"EUR\",\"period\":\"WEEK\","
            + "\"oneTimeFee\":12.5,\"pricePerPeriod\":100,\"freePeriodDays\":14,"
            + "\"rolePrices\":[{\"roleId\":\"MODERATOR\",\"price\":3.1}],"
            + "\"userSteps\":[{\"limit\":5,\"price\":10},{\"price\":8}],"
            + "\"parameters\":[{\"parameterId\":\"MAX_USERS\",\"pricePerUser\":0.5,"
            + "\"steps\":[{\"limit\":10,\"price\":2},{\"price\":1}]},"
            + "{\"parameterId\":\"QUALITY\",\"options\":[{\"optionId\":\"HD\",\"pricePerSubscription\":7,"
            + "\"rolePrices\":[{\"roleId\":\"MODERATOR\",\"price\":0.1}]}]}],"
            + "\"events\":[{\"eventId\":\"MINUTES\",\"price\":0.02}]}";

    private static TestOrganization org;
    private static TestUser manager;
    private static long technicalServiceKey;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        TestUser techManager = TestOrganizations.addUser(org, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(org, "svcmgr", "SERVICE_MANAGER");
        UserApi api = new UserApi();
        String token = api.token(techManager);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                + "<tns:TechnicalService id=\"Priced 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Priced</LocalizedDescription>"
                + "<LocalizedLicense locale=\"en\">Terms of use</LocalizedLicense>"
                + "<ParameterDefinition id=\"MAX_USERS\" configurable=\"true\" default=\"10\" valueType=\"LONG\">"
                + "<LocalizedDescription locale=\"en\">Users</LocalizedDescription></ParameterDefinition>"
                + "<ParameterDefinition id=\"QUALITY\" configurable=\"true\" default=\"HD\" valueType=\"ENUMERATION\">"
                + "<Options><Option id=\"HD\"><LocalizedOption locale=\"en\">HD</LocalizedOption></Option></Options>"
                + "<LocalizedDescription locale=\"en\">Quality</LocalizedDescription></ParameterDefinition>"
                + "<Event id=\"MINUTES\"><LocalizedDescription locale=\"en\">Minutes</LocalizedDescription></Event>"
                + "<Role id=\"MODERATOR\"><LocalizedName locale=\"en\">Moderator</LocalizedName><LocalizedDescription locale=\"en\">Moderates</LocalizedDescription></Role>"
                + "</tns:TechnicalService></tns:TechnicalServices>";
        Answer imported = api.rest.sendBytes(
                "POST",
                "/technical-services",
                "application/xml",
                xml.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        technicalServiceKey = api.rest
                .get("/technical-services", token)
                .array()
                .getJsonObject(0)
                .getJsonNumber("key")
                .longValue();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @Test
    void aPriceModelWithEveryElementIsSetReadAndEveryStateKept() {
        String token = api.token(manager);
        long key = service(token, "priced");

        Answer set = put(token, key, EVERY_ELEMENT, null);
        Answer read = api.rest.get("/services/" + key + "/price-model", token);
        Answer changed =
                put(token, key, EVERY_ELEMENT.replace("\"oneTimeFee\":12.5", "\"oneTimeFee\":15"), set.header("ETag"));
        Answer stale = put(token, key, EVERY_ELEMENT, set.header("ETag"));
        Answer history = api.rest.get("/services/" + key + "/price-model/history", token);

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonObject terms = read.json().getJsonObject("terms");
        assertThat(terms.getString("currency")).isEqualTo("EUR");
        assertThat(terms.getJsonArray("userSteps")).hasSize(2);
        assertThat(terms.getJsonArray("parameters")
                        .getJsonObject(1)
                        .getJsonArray("options")
                        .getJsonObject(0)
                        .getString("optionId"))
                .isEqualTo("HD");
        assertThat(read.header("ETag")).isEqualTo(set.header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(history.array()).hasSize(2);
        assertThat(history.array()
                        .getJsonObject(0)
                        .getJsonObject("terms")
                        .getJsonNumber("oneTimeFee")
                        .doubleValue())
                .isEqualTo(12.5);
        assertThat(history.array()
                        .getJsonObject(1)
                        .getJsonObject("terms")
                        .getJsonNumber("oneTimeFee")
                        .intValue())
                .isEqualTo(15);
    }

    @Test
    void badTermsAreRefusedWithNothingSaved() {
        String token = api.token(manager);
        long key = service(token, "refused");
        put(token, key, "{\"type\":\"FREE_OF_CHARGE\"}", null);

        Answer currency = put(token, key, EVERY_ELEMENT.replace("\"EUR\"", "\"XTS\""), null);
        Answer negative = put(token, key, EVERY_ELEMENT.replace("\"price\":0.02", "\"price\":-0.02"), null);
        Answer overlap = put(
                token,
                key,
                EVERY_ELEMENT.replace(
                        "{\"limit\":5,\"price\":10},{\"price\":8}",
                        "{\"limit\":5,\"price\":10},{\"limit\":5,\"price\":8},{\"price\":7}"),
                null);
        Answer gap = put(token, key, EVERY_ELEMENT.replace("{\"price\":8}", "{\"limit\":50,\"price\":8}"), null);
        Answer event =
                put(token, key, EVERY_ELEMENT.replace("\"eventId\":\"MINUTES\"", "\"eventId\":\"CLICKS\""), null);
        Answer unknownField = put(token, key, "{\"type\":\"FREE_OF_CHARGE\",\"discount\":5}", null);

        assertThat(UserApi.assertInvalid(currency, "catalog.pm.currencyUnsupported")
                        .getString("detail"))
                .contains("XTS");
        assertThat(UserApi.assertInvalid(negative, "catalog.pm.negativePrice").getString("detail"))
                .contains("events[MINUTES].price");
        UserApi.assertInvalid(overlap, "catalog.pm.stepsOverlap");
        UserApi.assertInvalid(gap, "catalog.pm.stepsGap");
        UserApi.assertInvalid(event, "catalog.pm.unknownEvent");
        assertThat(unknownField.status()).as(unknownField.toString()).isEqualTo(400);
        assertThat(api.rest
                        .get("/services/" + key + "/price-model/history", token)
                        .array())
                .hasSize(1);
        assertThat(api.rest
                        .get("/services/" + key + "/price-model", token)
                        .json()
                        .getJsonObject("terms")
                        .getString("type"))
                .isEqualTo("FREE_OF_CHARGE");
    }

    @Test
    void aCopyCarriesThePriceModelAndADeletedServiceTakesItAlong() {
        String token = api.token(manager);
        long key = service(token, "original");
        put(token, key, EVERY_ELEMENT, null);

        Answer copy = api.send(
                "POST", "/services/" + key + "/copies", token, "application/json", "{\"serviceId\":\"copied\"}", null);
        long copyKey = copy.json().getJsonNumber("key").longValue();
        Answer copied = api.rest.get("/services/" + copyKey + "/price-model", token);
        Answer deleted = api.send("DELETE", "/services/" + copyKey, token, null, null, null);

        assertThat(copied.status()).as(copied.toString()).isEqualTo(200);
        assertThat(copied.json().getJsonObject("terms").getString("period")).isEqualTo("WEEK");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api.rest.get("/services/" + copyKey + "/price-model", token).status())
                .isEqualTo(404);
        assertThat(api.rest.get("/services/" + key + "/price-model", token).status())
                .isEqualTo(200);
    }

    @Test
    void eachChangedPriceIsAuditedOnce() {
        TestUser operator = TestUsers.operator();
        String operatorToken = api.token(operator);
        String before = PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", "true");
        try {
            String token = api.token(manager);
            long key = service(token, "audited-pm");
            String priced = "{\"type\":\"PRO_RATA\",\"currency\":\"EUR\",\"period\":\"MONTH\",\"pricePerPeriod\":20,"
                    + "\"userSteps\":[{\"limit\":5,\"price\":10},{\"price\":8}]}";
            put(token, key, "{\"type\":\"FREE_OF_CHARGE\"}", null);
            put(token, key, priced, null);
            put(token, key, priced, null);
            put(token, key, priced.replace("20", "25"), null);

            String service = "|serviceId=audited-pm|serviceName=audited-pm";
            assertThat(AuditRows.of(manager, org.orgId(), 30030, 30073).stream()
                            .filter(e -> e.contains("serviceId=audited-pm|")))
                    .containsExactly(
                            "30062 Edit price model type to free of charge for service" + service,
                            "30051 Edit service price model" + service
                                    + "|currency=EUR|timeUnit=MONTH|calculationMode=PRO_RATA|trialPeriod=OFF"
                                    + "|daysOfTrial=0",
                            "30054 Edit recurring charge for subscription in service price model" + service
                                    + "|currency=EUR|timeUnit=MONTH|oneTimeFee=0|recurringCharge=20",
                            "30065 Edit recurring charge for users in service price model" + service
                                    + "|currency=EUR|timeUnit=MONTH|range=1-5|action=INSERT|recurringCharge=10",
                            "30065 Edit recurring charge for users in service price model" + service
                                    + "|currency=EUR|timeUnit=MONTH|range=6-ANY|action=INSERT|recurringCharge=8",
                            "30054 Edit recurring charge for subscription in service price model" + service
                                    + "|currency=EUR|timeUnit=MONTH|oneTimeFee=0|recurringCharge=25");
        } finally {
            PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", before);
            TestUsers.delete(operator);
        }
    }

    @Test
    void descriptionAndLicenseAreLocalizedAndAudited() {
        TestUser operator = TestUsers.operator();
        String operatorToken = api.token(operator);
        String before = PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", "true");
        try {
            String token = api.token(manager);
            long key = service(token, "texts");
            String path = "/services/" + key + "/price-model/localization";
            Answer none = api.send("PUT", path, token, "application/json", "{\"descriptions\":[]}", null);
            put(token, key, "{\"type\":\"FREE_OF_CHARGE\"}", null);

            Answer set = api.send(
                    "PUT",
                    path,
                    token,
                    "application/json",
                    "{\"descriptions\":[{\"locale\":\"en\",\"text\":\"Free\"},{\"locale\":\"ja\",\"text\":\"無料\"}],"
                            + "\"licenses\":[{\"locale\":\"en\",\"text\":\"Terms\"}]}",
                    null);
            Answer twice = api.send(
                    "PUT",
                    path,
                    token,
                    "application/json",
                    "{\"licenses\":[{\"locale\":\"de\",\"text\":\"A\"},{\"locale\":\"de\",\"text\":\"B\"}]}",
                    null);
            Answer read = api.rest.get(path, token);
            Answer templates = api.rest.get("/services/" + key + "/price-model/license-templates", token);

            assertThat(none.status()).as(none.toString()).isEqualTo(404);
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            UserApi.assertInvalid(twice, "catalog.pm.textTwice");
            assertThat(read.json().getJsonArray("descriptions")).hasSize(2);
            assertThat(read.json().getJsonArray("licenses").getJsonObject(0).getString("text"))
                    .isEqualTo("Terms");
            assertThat(templates.array().getJsonObject(0).getString("text")).isEqualTo("Terms of use");
            String service = "|serviceId=texts|serviceName=texts";
            assertThat(AuditRows.of(manager, org.orgId(), 30072, 30072).stream()
                            .filter(e -> e.contains("serviceId=texts|")))
                    .containsExactly(
                            "30072 Localize price model for service" + service
                                    + "|locale=en|description=YES|license=YES",
                            "30072 Localize price model for service" + service
                                    + "|locale=ja|description=YES|license=NO");
        } finally {
            PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", before);
            TestUsers.delete(operator);
        }
    }

    private long service(String token, String serviceId) {
        Answer a = api.send(
                "POST",
                "/services",
                token,
                "application/json",
                "{\"technicalServiceKey\":" + technicalServiceKey + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"}}",
                null);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().getJsonNumber("key").longValue();
    }

    private Answer put(String token, long key, String terms, String ifMatch) {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return api.rest.send("PUT", "/services/" + key + "/price-model", "application/json", terms, headers);
    }
}
