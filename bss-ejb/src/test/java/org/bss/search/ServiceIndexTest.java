package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.search.Listings.listing;
import static org.bss.search.Listings.rated;
import static org.bss.search.Listings.texts;

import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.search.ServiceListing.LocaleTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index on an in-memory directory: what is found, in which order, per marketplace and locale. */
class ServiceIndexTest {

    private final ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void findsByAnyWordOfTheTextsAndOnlyOnItsMarketplace() {
        index.put(listing(1, "mp1", "Cloud Storage", "Files kept safe", "10"));
        index.put(listing(2, "mp1", "Mail Relay", "Sends your newsletters", "5"));
        index.put(listing(3, "mp2", "Cloud Backup", "Nightly copies", "7"));

        assertThat(keys(search("mp1", "cloud", "en"))).containsExactly(1L);
        assertThat(keys(search("mp1", "newsletter", "en")))
                .as("English stemming")
                .containsExactly(2L);
        assertThat(keys(search("mp2", "cloud", "en"))).containsExactly(3L);
        assertThat(keys(search("mp1", "cloud mail", "en")))
                .as("every word must occur")
                .isEmpty();
        assertThat(keys(search("mp1", "", "en")))
                .as("no words: everything on sale there")
                .containsExactly(1L, 2L);
        assertThat(search("mp1", "the of", "en").total()).as("only stop words").isZero();
    }

    @Test
    void aJapaneseQueryFindsAJapaneseName() {
        index.put(listing(
                1,
                "mp1",
                Map.of("en", texts("Data analysis Tokyo", null), "ja", texts("東京データ分析サービス", "売上を分析します")),
                null));
        index.put(listing(2, "mp1", Map.of("ja", texts("クラウド保管庫", "ファイルを保存")), null));

        assertThat(keys(search("mp1", "データ分析", "ja"))).containsExactly(1L);
        assertThat(keys(search("mp1", "東京", "ja"))).containsExactly(1L);
        assertThat(keys(search("mp1", "保管庫", "ja"))).containsExactly(2L);
        assertThat(search("mp1", "データ分析", "ja").items().get(0).name()).isEqualTo("東京データ分析サービス");
        assertThat(keys(search("mp1", "analysis", "en"))).containsExactly(1L);
    }

    @Test
    void germanWordsAreFoundInTheirOtherForms() {
        index.put(listing(1, "mp1", Map.of("de", texts("Datensicherung für Büros", "Sichert Dateien")), null));

        assertThat(keys(search("mp1", "Buros", "de"))).as("umlaut folded").containsExactly(1L);
        assertThat(keys(search("mp1", "Datei", "de"))).as("stemmed").containsExactly(1L);
    }

    @Test
    void aServiceIsReplacedAndRemovedByItsKey() {
        index.put(listing(1, "mp1", "Cloud Storage", null, null));
        index.put(listing(1, "mp2", "Cloud Storage", null, null));

        assertThat(search("mp1", "cloud", "en").total()).isZero();
        assertThat(keys(search("mp2", "cloud", "en"))).containsExactly(1L);

        index.remove(1);
        assertThat(search("mp2", "", "en").total()).isZero();
    }

    @Test
    void aRebuildEqualsTheIncrementalIndex() {
        List<ServiceListing> listings = List.of(
                listing(1, "mp1", "Cloud Storage", "Files", "10"),
                listing(2, "mp1", "Cloud Mail", "Mail", "5"),
                listing(3, "mp1", "Backup", "Cloud copies", null));
        listings.forEach(index::put);
        index.put(listing(4, "mp1", "Gone", null, null));
        index.remove(4);
        Page<ServiceHit> incremental = search("mp1", "cloud", "en");

        index.replaceAll(listings);

        assertThat(search("mp1", "cloud", "en")).isEqualTo(incremental);
        assertThat(incremental.total()).isEqualTo(3);
    }

    @Test
    void sortsByNameOrPriceAndPages() {
        index.put(listing(1, "mp1", "Charlie", null, "30"));
        index.put(listing(2, "mp1", "alpha", null, "20"));
        index.put(listing(3, "mp1", "Bravo", null, null));
        index.put(listing(4, "mp1", "Delta", null, "10"));

        assertThat(keys(index.search(request("", SearchSort.NAME, false, 0, 10))))
                .containsExactly(2L, 3L, 1L, 4L);
        assertThat(keys(index.search(request("", SearchSort.NAME, true, 0, 10))))
                .containsExactly(4L, 1L, 3L, 2L);
        assertThat(keys(index.search(request("", SearchSort.PRICE, false, 0, 10))))
                .as("without price model last")
                .containsExactly(4L, 2L, 1L, 3L);
        Page<ServiceHit> second = index.search(request("", SearchSort.NAME, false, 2, 2));
        assertThat(keys(second)).containsExactly(1L, 4L);
        assertThat(second.total()).isEqualTo(4);
        assertThat(index.search(request("", SearchSort.NAME, false, 8, 2)).items())
                .isEmpty();
    }

    @Test
    void sortsByRatingBestFirstWithUnratedServicesLastEitherWay() {
        index.put(rated(listing(1, "mp1", "Charlie", null, null), "3.5"));
        index.put(listing(2, "mp1", "alpha", null, null));
        index.put(rated(listing(3, "mp1", "Bravo", null, null), "4.8"));
        index.put(rated(listing(4, "mp1", "Delta", null, null), "3.5"));

        assertThat(keys(index.search(request("", SearchSort.RATING, false, 0, 10))))
                .as("ties by name")
                .containsExactly(3L, 1L, 4L, 2L);
        assertThat(keys(index.search(request("", SearchSort.RATING, true, 0, 10))))
                .containsExactly(1L, 4L, 3L, 2L);
    }

    @Test
    void aHitCarriesWhatAResultListShows() {
        index.put(listing(7, "mp1", "Cloud Storage", "Files kept safe", "12.50"));

        ServiceHit hit = search("mp1", "storage", "de").items().get(0);

        assertThat(hit.serviceKey()).isEqualTo(7);
        assertThat(hit.serviceId()).isEqualTo("svc-7");
        assertThat(hit.name()).as("English texts stand in for German ones").isEqualTo("Cloud Storage");
        assertThat(hit.shortDescription()).isEqualTo("Files kept safe");
        assertThat(hit.supplierId()).isEqualTo("sup1");
        assertThat(hit.supplierName()).isEqualTo("Supplier One");
        assertThat(hit.price().currency()).isEqualTo("EUR");
        assertThat(hit.price().pricePerPeriod()).isEqualByComparingTo("12.5");
        assertThat(hit.price().period()).isEqualTo("MONTH");
    }

    @Test
    void tagsAreSearchable() {
        index.put(listing(
                1, "mp1", Map.of("en", new LocaleTexts("Relay", null, "A relay", List.of("newsletter"))), null));

        assertThat(keys(search("mp1", "newsletters", "en"))).containsExactly(1L);
    }

    @Test
    void filtersByCategoryAndByTagOfTheLocale() {
        index.put(Listings.inCategories(
                listing(1, "mp1", Map.of("en", new LocaleTexts("Relay", null, null, List.of("Newsletter"))), null),
                "mail",
                "marketing"));
        index.put(Listings.inCategories(
                listing(2, "mp1", Map.of("en", new LocaleTexts("Ledger", null, null, List.of("finance"))), null),
                "office"));

        assertThat(keys(filtered("", "marketing", null))).containsExactly(1L);
        assertThat(keys(filtered("", "office", null))).containsExactly(2L);
        assertThat(keys(filtered("", null, "NEWSLETTER"))).containsExactly(1L);
        assertThat(keys(filtered("relay", "office", null))).isEmpty();
        assertThat(keys(filtered("", "none", null))).isEmpty();
    }

    private Page<ServiceHit> filtered(String text, String category, String tag) {
        return index.search(new SearchRequest("mp1", text, "en", null, false, null, category, tag));
    }

    private Page<ServiceHit> search(String marketplace, String text, String locale) {
        return index.search(new SearchRequest(marketplace, text, locale, null, false, null));
    }

    private static SearchRequest request(String text, SearchSort sort, boolean desc, int offset, int limit) {
        return new SearchRequest("mp1", text, "en", sort, desc, new PageRequest(offset, limit));
    }

    private static List<Long> keys(Page<ServiceHit> page) {
        return page.items().stream().map(ServiceHit::serviceKey).toList();
    }
}
