package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/services/{key}/publication and /status (docs/marketplaces.md "Publishing and activation"): a service goes
 * on sale only with a price model and a publication on a marketplace where its supplier may publish; on sale, its
 * definition and price model are frozen; deleting the marketplace takes it off sale.
 */
class PublicationResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization supplier;
    private static TestOrganization otherOwner;
    private static TestUser manager;
    private static TestUser operator;
    private static long technicalServiceKey;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        supplier = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        otherOwner = TestOrganizations.create("SUPPLIER");
        TestUser techManager = TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
        operator = TestUsers.operator();
        UserApi api = new UserApi();
        String token = api.token(techManager);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                + "<tns:TechnicalService id=\"Sold 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Sold</LocalizedDescription></tns:TechnicalService>"
                + "</tns:TechnicalServices>";
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
        try {
            TestOrganizations.delete(supplier, otherOwner);
        } finally {
            TestUsers.delete(operator);
        }
    }

    @Test
    void onSaleOnlyWithAPriceModelAndAPublicationWhereTheSupplierMayPublish() {
        String token = api.token(manager);
        long key = service(token, "for-sale");
        String own = marketplace(supplier.orgId(), "Own shop");
        String foreign = marketplace(otherOwner.orgId(), "Closed shop");

        Answer noPriceModel = status(token, key, "ACTIVE");
        put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}");
        Answer notPublished = status(token, key, "ACTIVE");
        Answer closed = put(token, "/services/" + key + "/publication", "{\"marketplaceId\":\"" + foreign + "\"}");
        Answer published = put(
                token,
                "/services/" + key + "/publication",
                "{\"marketplaceId\":\"" + own + "\",\"visibleInCatalog\":false}");
        Answer active = status(token, key, "ACTIVE");
        Answer frozenDefinition = api.send(
                "PUT",
                "/services/" + key,
                token,
                "application/json",
                "{\"serviceId\":\"for-sale\",\"texts\":{\"locale\":\"en\"},\"version\":"
                        + api.rest.get("/services/" + key, token).json().getInt("version") + "}",
                null);
        Answer frozenPrice = put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}");
        Answer unknownStatus = status(token, key, "SOLD");
        Answer inactive = status(token, key, "INACTIVE");

        UserApi.assertInvalid(noPriceModel, "marketplace.activate.noPriceModel");
        UserApi.assertInvalid(notPublished, "marketplace.activate.notPublished");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(403);
        assertThat(closed.json().getString("code")).isEqualTo("marketplace.publish.notAllowed");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("marketplaceId")).isEqualTo(own);
        assertThat(published.json().getBoolean("visibleInCatalog")).isFalse();
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(frozenDefinition.status()).as(frozenDefinition.toString()).isEqualTo(409);
        assertThat(frozenPrice.status()).as(frozenPrice.toString()).isEqualTo(409);
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(inactive.json().getString("status")).isEqualTo("INACTIVE");
    }

    @Test
    void deletingTheMarketplaceTakesItsServicesOffSale() {
        String token = api.token(manager);
        long key = service(token, "on-doomed-shop");
        String doomed = marketplace(supplier.orgId(), "Doomed shop");
        put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}");
        put(token, "/services/" + key + "/publication", "{\"marketplaceId\":\"" + doomed + "\"}");
        assertThat(status(token, key, "ACTIVE").status()).isEqualTo(200);

        Answer deleted = api.send("DELETE", "/marketplaces/" + doomed, api.token(operator), null, null, null);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api.rest.get("/services/" + key, token).json().getString("status"))
                .isEqualTo("INACTIVE");
        UserApi.assertInvalid(
                api.rest.get("/services/" + key + "/publication", token), "marketplace.activate.notPublished");
    }

    private String marketplace(String ownerId, String name) {
        Answer created = api.send(
                "POST",
                "/marketplaces",
                api.token(operator),
                "application/json",
                "{\"name\":\"" + name + "\",\"owningOrganizationId\":\"" + ownerId + "\"}",
                null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("marketplaceId");
    }

    private long service(String token, String serviceId) {
        Answer a = put(
                token,
                null,
                "{\"technicalServiceKey\":" + technicalServiceKey + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"}}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().getJsonNumber("key").longValue();
    }

    private Answer status(String token, long key, String status) {
        return put(token, "/services/" + key + "/status", "{\"status\":\"" + status + "\"}");
    }

    /** PUT to a path, or POST /services without one. */
    private Answer put(String token, String path, String json) {
        return path == null
                ? api.send("POST", "/services", token, "application/json", json, null)
                : api.send("PUT", path, token, "application/json", json, null);
    }
}
