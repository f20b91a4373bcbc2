package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/customers, /vat, /customers/{id}/discount and the self-registration (ORG-2, G.2, SVC-3 VAT and
 * discounts; docs/organizations.md, docs/billing.md): a supplier's service manager registers and lists customers,
 * sets their payment types, VAT and discounts; bad input changes nothing; CUSTOMER_SELF_REGISTRATION_ENABLED decides
 * whether an organization registers itself.
 */
class CustomerResourceIT {

    private static final String JSON = "application/json";
    private static final List<TestOrganization> ORGS = new ArrayList<>();
    private static TestUser operator;
    private static TestOrganization supplier;
    private static TestUser manager;
    private static String marketplaceId;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        operator = TestUsers.operator();
        supplier = TestOrganizations.create("SUPPLIER");
        ORGS.add(supplier);
        TestOrganizations.paymentTypes(supplier, "INVOICE,CREDIT_CARD");
        manager = TestOrganizations.addUser(supplier, "sm", "SERVICE_MANAGER");
        UserApi api = new UserApi();
        Answer mp = api.rest.send(
                "POST",
                "/marketplaces",
                JSON,
                "{\"name\":\"Customer shop\",\"open\":true,\"owningOrganizationId\":\"" + supplier.orgId() + "\"}",
                Map.of("Authorization", "Bearer " + api.token(operator)));
        assertThat(mp.status()).as(mp.toString()).isEqualTo(201);
        marketplaceId = mp.json().getString("marketplaceId");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(ORGS.toArray(TestOrganization[]::new));
        TestUsers.delete(operator);
    }

    @Test
    void registerListReadAndSetPaymentTypes() {
        String token = api.token(manager);
        Answer defaults = call("PUT", "/customers/default-payment-types", token, "{\"paymentTypes\":[\"INVOICE\"]}");
        assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);

        Answer created = register(token, "Acme " + suffix(), marketplaceId);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getJsonObject("organization").getString("orgId");
        assertThat(created.header("Location")).endsWith("/bss/api/v1/customers/" + id);
        assertThat(created.json().getJsonObject("administrator").getString("initialPassword"))
                .isNotBlank();
        assertThat(created.json().getJsonObject("organization").getJsonArray("roles"))
                .isEmpty();

        JsonObject page =
                api.rest.get("/customers?sort=name&order=desc&limit=10", token).json();
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("organizationId"))
                .contains(id);
        Answer one = api.rest.get("/customers/" + id, token);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().getString("marketplaceId")).isEqualTo(marketplaceId);
        assertThat(types(one.json())).containsExactly("INVOICE");
        String etag = one.header("ETag");

        UserApi.assertInvalid(
                call("PUT", "/customers/" + id + "/payment-types", token, "{\"paymentTypes\":[\"DIRECT_DEBIT\"]}"),
                "account.customer.paymentType");
        Answer changed = call(
                "PUT",
                "/customers/" + id + "/payment-types",
                token,
                "{\"paymentTypes\":[\"CREDIT_CARD\"]}",
                Map.of("If-Match", etag));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(types(changed.json())).containsExactly("CREDIT_CARD");
        UserApi.assertProblem(
                call(
                        "PUT",
                        "/customers/" + id + "/payment-types",
                        token,
                        "{\"paymentTypes\":[\"INVOICE\"]}",
                        Map.of("If-Match", etag)),
                409,
                "concurrent-modification");
        assertThat(types(api.rest.get("/customers/" + id, token).json())).containsExactly("CREDIT_CARD");
    }

    @Test
    void refusedRegistrationsLeaveNothingAndOthersSeeNoCustomer() {
        String token = api.token(manager);
        String name = "Refused " + suffix();
        UserApi.assertProblem(register(token, name, "no-such-mp"), 404, "not-found");
        UserApi.assertInvalid(register(token, "", marketplaceId), "account.field.required");
        TestOrganization other = TestOrganizations.create("SUPPLIER");
        ORGS.add(other);
        TestUser otherManager = TestOrganizations.addUser(other, "sm", "SERVICE_MANAGER");
        String otherToken = api.token(otherManager);
        UserApi.assertProblem(register(otherToken, name, ownRestrictedMarketplace(other)), 403, "not-permitted");

        String id = registered(token, "Mine " + suffix());
        UserApi.assertProblem(api.rest.get("/customers/" + id, otherToken), 404, "not-found");
        TestOrganization customer = TestOrganizations.existing(id);
        TestUser customerAdmin = TestOrganizations.addUser(customer, "ca", "ORGANIZATION_ADMIN");
        UserApi.assertProblem(api.rest.get("/customers", api.token(customerAdmin)), 403, "forbidden");
        assertThat(api.rest
                        .get("/customers?limit=500", token)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name"))
                .doesNotContain(name);
    }

    @Test
    void vatSettingsAndDiscountsWithBadInputChangingNothing() {
        String token = api.token(manager);
        String id = registered(token, "Taxed " + suffix());
        String vat = "{\"enabled\":true,\"defaultRate\":19,\"countryRates\":[{\"country\":\"DE\",\"rate\":7}],"
                + "\"customerRates\":[{\"organizationId\":\"" + id + "\",\"rate\":5.5}]}";

        Answer saved = call("PUT", "/vat", token, vat);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonObject read = api.rest.get("/vat", token).json();
        assertThat(read.getBoolean("enabled")).isTrue();
        assertThat(read.getJsonNumber("defaultRate").bigDecimalValue()).isEqualByComparingTo("19");
        assertThat(read.getJsonArray("countryRates").getJsonObject(0).getString("country"))
                .isEqualTo("DE");
        assertThat(read.getJsonArray("customerRates")
                        .getJsonObject(0)
                        .getJsonNumber("rate")
                        .bigDecimalValue())
                .isEqualByComparingTo("5.5");

        UserApi.assertInvalid(call("PUT", "/vat", token, vat.replace("19", "100.5")), "billing.vat.rate");
        UserApi.assertInvalid(call("PUT", "/vat", token, vat.replace("\"DE\"", "\"XX\"")), "billing.vat.country");
        UserApi.assertProblem(call("PUT", "/vat", token, vat.replace(id, supplier.orgId())), 403, "not-permitted");
        assertThat(api.rest
                        .get("/vat", token)
                        .json()
                        .getJsonNumber("defaultRate")
                        .bigDecimalValue())
                .isEqualByComparingTo("19");

        String discount = "{\"percent\":10,\"begin\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"}";
        Answer granted = call("PUT", "/customers/" + id + "/discount", token, discount);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(api.rest
                        .get("/customers/" + id + "/discount", token)
                        .json()
                        .getJsonNumber("percent")
                        .bigDecimalValue())
                .isEqualByComparingTo("10");
        UserApi.assertInvalid(
                call("PUT", "/customers/" + id + "/discount", token, discount.replace("10", "0")),
                "billing.discount.range");
        UserApi.assertInvalid(
                call("PUT", "/customers/" + id + "/discount", token, discount.replace("2027", "2025")),
                "billing.discount.dateRange");
        assertThat(api.send("DELETE", "/customers/" + id + "/discount", token, null, null, null)
                        .status())
                .isEqualTo(204);
        UserApi.assertProblem(api.rest.get("/customers/" + id + "/discount", token), 404, "not-found");

        Answer off = call("PUT", "/vat", token, "{\"enabled\":false}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(api.rest.get("/vat", token).json().getJsonArray("countryRates"))
                .isEmpty();
    }

    @Test
    void selfRegistrationFollowsTheSetting() {
        String op = api.token(operator);
        String before = PlatformSettings.set(api, op, "CUSTOMER_SELF_REGISTRATION_ENABLED", "false");
        try {
            String name = "Self " + suffix();
            UserApi.assertProblem(selfRegister(name), 403, "not-permitted");

            PlatformSettings.set(api, op, "CUSTOMER_SELF_REGISTRATION_ENABLED", "true");
            Answer created = selfRegister(name);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().getJsonObject("organization").getString("orgId");
            ORGS.add(TestOrganizations.existing(id));
            assertThat(created.json().getJsonObject("administrator").containsKey("initialPassword"))
                    .as("mailed only")
                    .isFalse();
            Answer asCustomer = api.rest.get("/customers/" + id, api.token(manager));
            assertThat(asCustomer.status())
                    .as("a customer of the marketplace's owner")
                    .isEqualTo(200);
        } finally {
            PlatformSettings.set(api, op, "CUSTOMER_SELF_REGISTRATION_ENABLED", before.isEmpty() ? "true" : before);
        }
    }

    @Test
    void theOpenApiDocumentDescribesThePaths() {
        Answer a = api.rest.send("GET", RestClient.BASE + "/openapi", null, null, Map.of());

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.body())
                .contains("/api/v1/customers:")
                .contains("/api/v1/customers/{id}:")
                .contains("/api/v1/customers/{id}/payment-types")
                .contains("/api/v1/customers/{id}/discount")
                .contains("/api/v1/customers/default-payment-types")
                .contains("/api/v1/vat")
                .contains("/api/v1/marketplaces/{marketplaceId}/customers");
    }

    private Answer selfRegister(String name) {
        String userId = UserApi.newUserId("self");
        return api.rest.send(
                "POST",
                "/marketplaces/" + marketplaceId + "/customers",
                JSON,
                "{\"name\":\"" + name + "\",\"domicile\":\"JP\",\"administrator\":{\"userId\":\"" + userId
                        + "\",\"email\":\"" + userId + "@system-test.invalid\",\"salutation\":\"MS\"}}",
                Map.of());
    }

    private String ownRestrictedMarketplace(TestOrganization owner) {
        TestOrganization elsewhere = TestOrganizations.create("SUPPLIER");
        ORGS.add(elsewhere);
        Answer mp = api.rest.send(
                "POST",
                "/marketplaces",
                JSON,
                "{\"name\":\"Closed\",\"open\":false,\"owningOrganizationId\":\"" + elsewhere.orgId() + "\"}",
                Map.of("Authorization", "Bearer " + api.token(operator)));
        assertThat(mp.status()).as(mp.toString()).isEqualTo(201);
        assertThat(owner).isNotNull();
        return mp.json().getString("marketplaceId");
    }

    private String registered(String token, String name) {
        Answer created = register(token, name, marketplaceId);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonObject("organization").getString("orgId");
    }

    private Answer register(String token, String name, String mp) {
        String userId = UserApi.newUserId("cust");
        Answer a = call(
                "POST",
                "/customers",
                token,
                "{\"name\":\"" + name + "\",\"domicile\":\"DE\",\"marketplaceId\":\"" + mp
                        + "\",\"administrator\":{\"userId\":\"" + userId + "\",\"email\":\"" + userId
                        + "@system-test.invalid\",\"salutation\":\"MR\"}}");
        if (a.status() == 201) {
            ORGS.add(TestOrganizations.existing(
                    a.json().getJsonObject("organization").getString("orgId")));
        }
        return a;
    }

    private Answer call(String method, String path, String token, String body) {
        return call(method, path, token, body, Map.of());
    }

    private Answer call(String method, String path, String token, String body, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Authorization", "Bearer " + token);
        return api.rest.send(method, path, JSON, body, headers);
    }

    private static List<String> types(JsonObject customer) {
        return customer.getJsonArray("paymentTypes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
