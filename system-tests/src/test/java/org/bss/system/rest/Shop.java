package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;

/**
 * A marketplace with services on sale, built over REST for the tests of categories, tags and reviews: a supplier (also
 * technology provider) owns the marketplace (its administrator is the marketplace owner), its service manager defines
 * services on technical services with tags, gives them a free price model, publishes and activates them.
 */
public final class Shop {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    public final TestOrganization supplier;
    public final TestUser techManager;
    public final TestUser serviceManager;
    public final String marketplaceId;
    private final TestUser operator;
    private final UserApi api = new UserApi();

    private Shop(TestOrganization supplier, TestUser techManager, TestUser serviceManager, TestUser operator) {
        this.supplier = supplier;
        this.techManager = techManager;
        this.serviceManager = serviceManager;
        this.operator = operator;
        Answer created = api.send(
                "POST",
                "/marketplaces",
                api.token(operator),
                "application/json",
                "{\"name\":\"Tag shop\",\"owningOrganizationId\":\"" + supplier.orgId() + "\"}",
                null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        this.marketplaceId = created.json().getString("marketplaceId");
    }

    public static Shop open() {
        TestOrganization supplier = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        return new Shop(
                supplier,
                TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER"),
                TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER"),
                TestUsers.operator());
    }

    /** Deletes the marketplace, the supplier (with its services) and the operator user. */
    public void close() {
        try {
            api.send("DELETE", "/marketplaces/" + marketplaceId, api.token(operator), null, null, null);
            TestOrganizations.delete(supplier);
        } finally {
            TestUsers.delete(operator);
        }
    }

    /** The marketplace owner: the supplier's administrator. */
    public TestUser owner() {
        return supplier.admin();
    }

    /** Imports a technical service with these English tags and defines an inactive service on it; its key. */
    public long service(String serviceId, String... tags) {
        StringBuilder xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"")
                .append(NS)
                .append("\"><tns:TechnicalService id=\"TS ")
                .append(serviceId)
                .append("\" accessType=\"DIRECT\"><LocalizedDescription locale=\"en\">")
                .append(serviceId)
                .append("</LocalizedDescription>");
        for (String tag : tags) {
            xml.append("<LocalizedTag locale=\"en\">").append(tag).append("</LocalizedTag>");
        }
        xml.append("</tns:TechnicalService></tns:TechnicalServices>");
        String techToken = api.token(techManager);
        Answer imported = api.rest.sendBytes(
                "POST",
                "/technical-services",
                "application/xml",
                xml.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + techToken));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        long tsKey = api.rest.get("/technical-services", techToken).array().stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("id").equals("TS " + serviceId))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("key")
                .longValue();
        Answer defined = api.send(
                "POST",
                "/services",
                api.token(serviceManager),
                "application/json",
                "{\"technicalServiceKey\":" + tsKey + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"}}",
                null);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        return defined.json().getJsonNumber("key").longValue();
    }

    /** Defines an inactive service on the technical service of the service {@code key}; its key. */
    public long sibling(long key, String serviceId) {
        String token = api.token(serviceManager);
        long technical = api.rest
                .get("/services/" + key, token)
                .json()
                .getJsonNumber("technicalServiceKey")
                .longValue();
        Answer defined = api.send(
                "POST",
                "/services",
                token,
                "application/json",
                "{\"technicalServiceKey\":" + technical + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"}}",
                null);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        return defined.json().getJsonNumber("key").longValue();
    }

    /** Publishes the service on the marketplace (shown in the catalog). */
    public void publish(long key) {
        Answer published = api.send(
                "PUT",
                "/services/" + key + "/publication",
                api.token(serviceManager),
                "application/json",
                "{\"marketplaceId\":\"" + marketplaceId + "\"}",
                null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    /** Puts the published, inactive service in these categories of the marketplace. */
    public void categorize(long key, String... categoryIds) {
        Answer put = api.send(
                "PUT",
                "/services/" + key + "/categories",
                api.token(serviceManager),
                "application/json",
                "{\"categoryIds\":[\"" + String.join("\",\"", categoryIds) + "\"]}",
                null);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    /** Gives the service a free price model. */
    public void price(long key) {
        Answer priced = api.send(
                "PUT",
                "/services/" + key + "/price-model",
                api.token(serviceManager),
                "application/json",
                "{\"type\":\"FREE_OF_CHARGE\"}",
                null);
        assertThat(priced.status()).as(priced.toString()).isIn(200, 201);
    }

    /** Gives the service a free price model and puts it on sale. */
    public void activate(long key) {
        price(key);
        String token = api.token(serviceManager);
        Answer active = api.send(
                "PUT", "/services/" + key + "/status", token, "application/json", "{\"status\":\"ACTIVE\"}", null);
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
    }

    /** A service with these tags, published and on sale. */
    public long onSale(String serviceId, String... tags) {
        long key = service(serviceId, tags);
        publish(key);
        activate(key);
        return key;
    }

    /** Makes the organization a customer of the supplier and gives it its own price model for the service (G.6). */
    public void customerPrice(long key, TestOrganization customer, String terms) {
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("insert into supplier_customer (supplier_key, customer_key, marketplace_id,"
                    + " payment_types, created_at, version) values (?, ?, ?, null, current_timestamp, 0)")) {
                s.setLong(1, supplier.orgKey());
                s.setLong(2, customer.orgKey());
                s.setString(3, marketplaceId);
                s.executeUpdate();
            }
            return null;
        });
        Answer priced = api.send(
                "PUT",
                "/services/" + key + "/customers/" + customer.orgId() + "/price-model",
                api.token(serviceManager),
                "application/json",
                terms,
                null);
        assertThat(priced.status()).as(priced.toString()).isEqualTo(201);
    }
}
