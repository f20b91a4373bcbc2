package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.AuditRows;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/services/{key}/customers/{customerId}/price-model and /customer-price-models (G.6, docs/catalog.md): a
 * customer's own price is created (201), read, replaced (200, If-Match), kept in its history, listed, audited with
 * the customer, and deleted (204); an organization that is no customer and bad terms are refused with nothing saved;
 * the service keeps its own price.
 */
class CustomerPriceModelResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";
    private static final String MONTHLY =
            "{\"type\":\"PRO_RATA\",\"currency\":\"EUR\",\"period\":\"MONTH\"," + "\"pricePerPeriod\":%s}";

    private static TestOrganization org;
    private static TestOrganization customer;
    private static TestOrganization stranger;
    private static TestUser manager;
    private static long technicalServiceKey;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        customer = TestOrganizations.create();
        stranger = TestOrganizations.create();
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("insert into supplier_customer (supplier_key, customer_key, marketplace_id,"
                    + " payment_types, created_at, version) values (?, ?, null, null, current_timestamp, 0)")) {
                s.setLong(1, org.orgKey());
                s.setLong(2, customer.orgKey());
                s.executeUpdate();
            }
            return null;
        });
        TestUser techManager = TestOrganizations.addUser(org, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(org, "svcmgr", "SERVICE_MANAGER");
        UserApi api = new UserApi();
        String token = api.token(techManager);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                + "<tns:TechnicalService id=\"Customer priced 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Customer priced</LocalizedDescription>"
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
        TestOrganizations.delete(org, customer, stranger);
    }

    @Test
    void aCustomersOwnPriceIsCreatedReadReplacedListedAndDeleted() {
        TestUser operator = TestUsers.operator();
        String operatorToken = api.token(operator);
        String before = PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", "true");
        try {
            String token = api.token(manager);
            long key = service(token, "rest-cpm", "100");
            String path = path(key, customer.orgId());

            Answer none = api.rest.get(path, token);
            Answer created = put(token, path, MONTHLY.formatted("80"), null);
            Answer read = api.rest.get(path, token);
            Answer replaced = put(token, path, MONTHLY.formatted("70"), created.header("ETag"));
            Answer stale = put(token, path, MONTHLY.formatted("60"), created.header("ETag"));
            Answer history = api.rest.get(path + "/history", token);
            Answer all = api.rest.get("/customer-price-models", token);
            Answer ofCustomer = api.rest.get("/customer-price-models?customerId=" + customer.orgId(), token);
            Answer own = api.rest.get("/services/" + key + "/price-model", token);
            Answer services = api.rest.get("/services", token);
            Answer deleted = api.send("DELETE", path, token, null, null, null);
            Answer gone = api.rest.get(path, token);

            assertThat(none.status()).as(none.toString()).isEqualTo(404);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(path);
            assertThat(read.json().getJsonObject("customer").getString("organizationId"))
                    .isEqualTo(customer.orgId());
            assertThat(read.json().getJsonNumber("templateKey").longValue()).isEqualTo(key);
            assertThat(read.json().getJsonObject("service").getString("serviceId"))
                    .startsWith("rest-cpm#");
            assertThat(price(read)).isEqualTo(80);
            assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
            assertThat(price(replaced)).isEqualTo(70);
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            assertThat(history.array()).hasSize(2);
            assertThat(all.array()).hasSize(1);
            assertThat(ofCustomer.array()).hasSize(1);
            assertThat(own.json()
                            .getJsonObject("terms")
                            .getJsonNumber("pricePerPeriod")
                            .intValue())
                    .as("the service keeps its price")
                    .isEqualTo(100);
            assertThat(services.body()).doesNotContain("rest-cpm#");
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            assertThat(gone.status()).as(gone.toString()).isEqualTo(404);
            String pairs =
                    "|serviceId=rest-cpm|serviceName=rest-cpm|customerKey=" + customer.orgId() + "|customerName=";
            assertThat(AuditRows.of(manager, org.orgId(), 30031, 30071).stream()
                            .filter(e -> e.contains("serviceId=rest-cpm|")))
                    .anySatisfy(e -> assertThat(e).startsWith("30052 Edit customer price model" + pairs))
                    .anySatisfy(e -> assertThat(e)
                            .startsWith("30055 Edit recurring charge for subscription in customer price model" + pairs)
                            .endsWith("|recurringCharge=70"))
                    .anySatisfy(e -> assertThat(e).startsWith("30069 Delete customer price model" + pairs));
        } finally {
            PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", before);
            TestUsers.delete(operator);
        }
    }

    @Test
    void noCustomerAndBadTermsAreRefusedWithNothingSaved() {
        String token = api.token(manager);
        long key = service(token, "rest-cpm-bad", "10");

        Answer notCustomer = put(token, path(key, stranger.orgId()), MONTHLY.formatted("5"), null);
        Answer negative = put(token, path(key, customer.orgId()), MONTHLY.formatted("-5"), null);
        Answer unknownService = put(token, path(999_999_999L, customer.orgId()), MONTHLY.formatted("5"), null);
        Answer deleteNone = api.send("DELETE", path(key, customer.orgId()), token, null, null, null);
        Answer asAdmin = api.rest.get(path(key, customer.orgId()), api.token(org.admin()));

        assertThat(notCustomer.status()).as(notCustomer.toString()).isEqualTo(404);
        UserApi.assertInvalid(negative, "catalog.pm.negativePrice");
        assertThat(unknownService.status()).as(unknownService.toString()).isEqualTo(404);
        assertThat(deleteNone.status()).as(deleteNone.toString()).isEqualTo(404);
        assertThat(asAdmin.status()).as(asAdmin.toString()).isEqualTo(403);
        assertThat(api.rest.get(path(key, customer.orgId()), token).status()).isEqualTo(404);
    }

    private static String path(long key, String customerId) {
        return "/services/" + key + "/customers/" + customerId + "/price-model";
    }

    private static int price(Answer a) {
        return a.json()
                .getJsonObject("priceModel")
                .getJsonObject("terms")
                .getJsonNumber("pricePerPeriod")
                .intValue();
    }

    private long service(String token, String serviceId, String price) {
        Answer a = api.send(
                "POST",
                "/services",
                token,
                "application/json",
                "{\"technicalServiceKey\":" + technicalServiceKey + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"}}",
                null);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        long key = a.json().getJsonNumber("key").longValue();
        Answer priced = put(token, "/services/" + key + "/price-model", MONTHLY.formatted(price), null);
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        return key;
    }

    private Answer put(String token, String path, String terms, String ifMatch) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return api.rest.send("PUT", path, "application/json", terms, headers);
    }
}
