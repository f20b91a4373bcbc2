package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * GET /bss/api/v1/marketplaces/{id}/services and POST /search/index/rebuild (docs/search.md): a service published
 * and put on sale through REST is found (anonymously) within seconds, no longer once off sale or hidden; a Japanese
 * query finds a Japanese name; the operator's rebuild reads the database and leaves the results as they were.
 */
class ServiceSearchResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";
    private static final long WAIT_MILLIS = 5000;

    private static TestOrganization supplier;
    private static TestUser manager;
    private static TestUser operator;
    private static long technicalServiceKey;
    private static String marketplaceId;
    private static final UserApi API = new UserApi();

    /** A word no other service of any run has: what the tests search for. */
    private final String word =
            "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeAll
    static void fixtures() {
        supplier = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        TestUser techManager = TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
        operator = TestUsers.operator();
        String token = API.token(techManager);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                + "<tns:TechnicalService id=\"Searched 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Searched</LocalizedDescription>"
                + "<LocalizedTag locale=\"en\">archiving</LocalizedTag></tns:TechnicalService>"
                + "</tns:TechnicalServices>";
        Answer imported = API.rest.sendBytes(
                "POST",
                "/technical-services",
                "application/xml",
                xml.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        technicalServiceKey = API.rest
                .get("/technical-services", token)
                .array()
                .getJsonObject(0)
                .getJsonNumber("key")
                .longValue();
        Answer created = API.send(
                "POST",
                "/marketplaces",
                API.token(operator),
                "application/json",
                "{\"name\":\"Search shop\",\"owningOrganizationId\":\"" + supplier.orgId() + "\"}",
                null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        marketplaceId = created.json().getString("marketplaceId");
    }

    @AfterAll
    static void cleanUp() {
        try {
            API.send("DELETE", "/marketplaces/" + marketplaceId, API.token(operator), null, null, null);
            TestOrganizations.delete(supplier);
        } finally {
            TestUsers.delete(operator);
        }
    }

    @Test
    void aServiceOnSaleIsFoundAnonymouslyAndNoLongerOnceOffSaleOrHidden() throws InterruptedException {
        String token = API.token(manager);
        long key = service(token, word, "Cloud vault " + word, "Files kept safe");
        ok(put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}"));
        ok(publish(token, key, true));
        assertThat(keys(search("q=" + word))).as("published, not on sale").isEmpty();

        ok(status(token, key, "ACTIVE"));
        JsonObject found = awaitSearch("q=" + word, page -> keys(page).contains(key));

        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject hit = found.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("serviceId")).isEqualTo(word);
        assertThat(hit.getString("name")).isEqualTo("Cloud vault " + word);
        assertThat(hit.getString("shortDescription")).isEqualTo("Files kept safe");
        assertThat(hit.getString("supplierId")).isEqualTo(supplier.orgId());
        assertThat(hit.getJsonObject("price").getBoolean("free")).isTrue();
        assertThat(keys(search("q=archiving+" + word)))
                .as("the technical service's tag")
                .containsExactly(key);
        assertThat(keys(search("q=" + word + "&tag=ARCHIVING")))
                .as("filtered by tag")
                .containsExactly(key);
        assertThat(keys(search("q=" + word + "&tag=billing"))).as("another tag").isEmpty();
        assertThat(keys(search("q=" + word + "&category=none")))
                .as("a category it is not in")
                .isEmpty();

        ok(status(token, key, "INACTIVE"));
        awaitSearch("q=" + word, page -> keys(page).isEmpty());

        ok(publish(token, key, false));
        ok(status(token, key, "ACTIVE"));
        Thread.sleep(1500); // the index lags a commit by at most a second
        assertThat(keys(search("q=" + word)))
                .as("on sale, hidden from the catalog")
                .isEmpty();
        ok(status(token, key, "INACTIVE"));
    }

    @Test
    void aJapaneseQueryFindsAJapaneseName() {
        String token = API.token(manager);
        long key = service(token, word, "Analytics " + word, null);
        Answer localized = API.send(
                "PUT",
                "/services/" + key + "/texts/ja",
                token,
                "application/json",
                "{\"name\":\"東京データ分析サービス\",\"version\":"
                        + API.rest.get("/services/" + key, token).json().getInt("version") + "}",
                null);
        ok(localized);
        ok(put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}"));
        ok(publish(token, key, true));
        ok(status(token, key, "ACTIVE"));

        JsonObject found = awaitSearch(
                "locale=ja&q=" + URLEncoder.encode("データ分析", StandardCharsets.UTF_8),
                page -> keys(page).contains(key));

        assertThat(found.getJsonArray("items")
                        .getJsonObject(keys(found).indexOf(key))
                        .getString("name"))
                .isEqualTo("東京データ分析サービス");
        ok(status(token, key, "INACTIVE"));
    }

    @Test
    void theOperatorsRebuildReadsTheDatabaseAndEqualsTheIncrementalIndex() throws Exception {
        String token = API.token(manager);
        long first = service(token, word + "-a", "Alpha " + word, null);
        long second = service(token, word + "-b", "Bravo " + word, null);
        for (long key : new long[] {first, second}) {
            ok(put(token, "/services/" + key + "/price-model", "{\"type\":\"FREE_OF_CHARGE\"}"));
            ok(publish(token, key, true));
            ok(status(token, key, "ACTIVE"));
        }
        JsonObject incremental = awaitSearch("q=" + word, page -> keys(page).size() == 2);
        String renamed = "zr" + word.substring(2);
        // a change no message announces: only a rebuild, reading the database, sees it
        rename(second, "Bravo " + word + " " + renamed);

        Answer anonymous = API.send("POST", "/search/index/rebuild", null, null, null, null);
        Answer notOperator = API.send("POST", "/search/index/rebuild", token, null, null, null);
        Answer rebuilt = API.send("POST", "/search/index/rebuild", API.token(operator), null, null, null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(notOperator.status()).isEqualTo(403);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(202);
        awaitSearch("q=" + renamed, page -> keys(page).equals(List.of(second)));

        // the database as the incremental index saw it, rebuilt: the same results
        rename(second, "Bravo " + word);
        assertThat(API.send("POST", "/search/index/rebuild", API.token(operator), null, null, null)
                        .status())
                .isEqualTo(202);
        awaitSearch("q=" + renamed, page -> keys(page).isEmpty());
        assertThat(search("q=" + word).json()).isEqualTo(incremental);
        assertThat(search("q=" + word + "&sort=name&order=desc").json().getJsonArray("items"))
                .extracting(i -> i.asJsonObject().getJsonNumber("serviceKey").longValue())
                .containsExactly(second, first);
        for (long key : new long[] {first, second}) {
            ok(status(token, key, "INACTIVE"));
        }
    }

    @Test
    void badInputIsRefused() {
        UserApi.assertInvalid(search("locale=fr"), "search.locale");
        UserApi.assertInvalid(search("sort=stars"), "search.sort");
        UserApi.assertInvalid(search("q=" + "x".repeat(201)), "search.queryTooLong");
        UserApi.assertInvalid(search("limit=0"), "common.list.limit");
        UserApi.assertInvalid(search("tag=" + "x".repeat(101)), "search.filterTooLong");
        assertThat(search("limit=ten").status()).isEqualTo(400);
        Answer unknown = API.rest.get("/marketplaces/no-such-mp/services", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("code")).isEqualTo("marketplace.notFound");
    }

    private static void rename(long serviceKey, String name) {
        TestDatabase.with(c -> {
            try (var update =
                    c.prepareStatement("update service_text set name = ? where service_key = ? and locale = 'en'")) {
                update.setString(1, name);
                update.setLong(2, serviceKey);
                return update.executeUpdate();
            }
        });
    }

    private static Answer search(String query) {
        return API.rest.get("/marketplaces/" + marketplaceId + "/services?" + query, null);
    }

    /** Polls the search (anonymous) until the page satisfies {@code done}, at most {@link #WAIT_MILLIS}. */
    private static JsonObject awaitSearch(String query, Predicate<JsonObject> done) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        JsonObject page;
        do {
            Answer a = search(query);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            page = a.json();
            if (done.test(page)) {
                return page;
            }
            sleep();
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("not within " + WAIT_MILLIS + " ms: " + query + " -> " + page);
    }

    private static List<Long> keys(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return keys(answer.json());
    }

    private static List<Long> keys(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("serviceKey").longValue())
                .toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long service(String token, String serviceId, String name, String shortDescription) {
        Answer a = API.send(
                "POST",
                "/services",
                token,
                "application/json",
                "{\"technicalServiceKey\":" + technicalServiceKey + ",\"serviceId\":\"" + serviceId
                        + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + name + "\""
                        + (shortDescription == null ? "" : ",\"shortDescription\":\"" + shortDescription + "\"")
                        + "}}",
                null);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().getJsonNumber("key").longValue();
    }

    private static Answer publish(String token, long key, boolean visible) {
        return put(
                token,
                "/services/" + key + "/publication",
                "{\"marketplaceId\":\"" + marketplaceId + "\",\"visibleInCatalog\":" + visible + "}");
    }

    private static Answer status(String token, long key, String status) {
        return put(token, "/services/" + key + "/status", "{\"status\":\"" + status + "\"}");
    }

    private static Answer put(String token, String path, String json) {
        return API.send("PUT", path, token, "application/json", json, null);
    }

    private static void ok(Answer a) {
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
    }
}
