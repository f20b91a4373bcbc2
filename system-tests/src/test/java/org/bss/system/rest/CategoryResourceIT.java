package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/marketplaces/{id}/categories, /services/{key}/categories and /tags (docs/marketplaces.md "Categories",
 * "Tag cloud"): the owner manages categories, everyone logged in reads them; the supplier puts its published service in
 * categories; the tag cloud counts the tags of the services on sale.
 */
class CategoryResourceIT {

    private static Shop shop;
    private static TestOrganization customer;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        customer = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() {
        try {
            shop.close();
        } finally {
            TestOrganizations.delete(customer);
        }
    }

    @Test
    void theOwnerManagesCategoriesAndEveryoneReadsThem() {
        String owner = api.token(shop.owner());
        String base = "/marketplaces/" + shop.marketplaceId + "/categories";

        Answer created = post(owner, base, "{\"categoryId\":\"office\",\"names\":{\"en\":\"Office\",\"de\":\"Büro\"}}");
        Answer duplicate = post(owner, base, "{\"categoryId\":\"office\",\"names\":{\"en\":\"Again\"}}");
        Answer badId = post(owner, base, "{\"categoryId\":\"a/b\",\"names\":{\"en\":\"Bad\"}}");
        Answer noName = post(owner, base, "{\"categoryId\":\"empty\",\"names\":{}}");
        Answer byCustomer =
                post(api.token(customer.admin()), base, "{\"categoryId\":\"mine\",\"names\":{\"en\":\"M\"}}");
        Answer bySupplierManager =
                post(api.token(shop.serviceManager), base, "{\"categoryId\":\"mine\",\"names\":{\"en\":\"M\"}}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(base + "/office");
        assertThat(created.header("ETag")).isNotNull();
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        UserApi.assertInvalid(badId, "category.idChars");
        UserApi.assertInvalid(noName, "category.nameRequired");
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(bySupplierManager.status()).isEqualTo(403);

        Answer read = api.send("GET", base + "?locale=de", api.token(customer.admin()), null, null, null);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.array().getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("categoryId").equals("office"))
                .singleElement()
                .satisfies(c -> assertThat(c.getString("name")).isEqualTo("Büro"));
        assertThat(api.send("GET", "/marketplaces/nowhere/categories", owner, null, null, null)
                        .status())
                .isEqualTo(404);

        int version = created.json().getInt("version");
        Answer renamed = api.send(
                "PUT",
                base + "/office",
                owner,
                "application/json",
                "{\"categoryId\":\"work\",\"names\":{\"en\":\"Work\"},\"version\":" + version + "}",
                null);
        Answer stale = api.send(
                "PUT",
                base + "/work",
                owner,
                "application/json",
                "{\"names\":{\"en\":\"Late\"},\"version\":" + version + "}",
                null);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("categoryId")).isEqualTo("work");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        // the marketplace itself still answers under /marketplaces/{id} (no shadowing)
        assertThat(api.send("GET", "/marketplaces/" + shop.marketplaceId, owner, null, null, null)
                        .status())
                .isEqualTo(200);

        Answer deleted = api.send("DELETE", base + "/work", owner, null, null, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api.send("GET", base, owner, null, null, null).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("categoryId"))
                .doesNotContain("office", "work");
    }

    @Test
    void theSupplierPutsItsServiceInCategoriesAndTheTagCloudCountsServicesOnSale() {
        String owner = api.token(shop.owner());
        String base = "/marketplaces/" + shop.marketplaceId + "/categories";
        post(owner, base, "{\"categoryId\":\"video\",\"names\":{\"en\":\"Video\"}}");
        post(owner, base, "{\"categoryId\":\"talk\",\"names\":{\"en\":\"Talk\"}}");
        long meeting = shop.service("cat-meeting", "conference", "video");
        String path = "/services/" + meeting + "/categories";

        Answer unpublished = api.send(
                "PUT", path, api.token(shop.serviceManager), "application/json", "{\"categoryIds\":[\"video\"]}", null);
        shop.publish(meeting);
        String manager = api.token(shop.serviceManager); // a new token ends the earlier ones of the user
        Answer unknown = api.send("PUT", path, manager, "application/json", "{\"categoryIds\":[\"nothing\"]}", null);
        Answer assigned =
                api.send("PUT", path, manager, "application/json", "{\"categoryIds\":[\"video\",\"talk\"]}", null);
        shop.activate(meeting);
        manager = api.token(shop.serviceManager);
        Answer frozen = api.send("PUT", path, manager, "application/json", "{\"categoryIds\":[]}", null);
        Answer byCustomer = api.send("GET", path, api.token(customer.admin()), null, null, null);

        UserApi.assertInvalid(unpublished, "category.assign.notPublished");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.array().stream().map(v -> v.asJsonObject().getString("categoryId")))
                .containsExactly("talk", "video");
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(api.send("GET", path, manager, null, null, null).array()).hasSize(2);

        shop.onSale("cat-board", "video", "whiteboard");
        String customerToken = api.token(customer.admin());
        Answer cloud =
                api.send("GET", "/tags?locale=en&marketplaceId=" + shop.marketplaceId, customerToken, null, null, null);
        assertThat(cloud.status()).as(cloud.toString()).isEqualTo(200);
        List<JsonObject> tags = cloud.array().getValuesAs(JsonObject.class);
        assertThat(tags.get(0).getString("value")).isEqualTo("video");
        assertThat(tags.get(0).getInt("numberReferences")).isEqualTo(2);
        assertThat(tags).extracting(t -> t.getString("value")).contains("conference", "whiteboard");
        Answer matching = api.send("GET", "/tags/matching?pattern=WHITE&locale=en", customerToken, null, null, null);
        assertThat(matching.status()).as(matching.toString()).isEqualTo(200);
        assertThat(matching.array().getString(0)).isEqualTo("whiteboard");
        UserApi.assertInvalid(
                api.send("GET", "/tags/matching?pattern=w&limit=0", customerToken, null, null, null), "tag.limit");
        assertThat(api.send("GET", "/tags?marketplaceId=nowhere", customerToken, null, null, null)
                        .status())
                .isEqualTo(404);
    }

    private Answer post(String token, String path, String json) {
        return api.send("POST", path, token, "application/json", json, null);
    }
}
