package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.bss.common.BssException;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** The query built from a request: plain words over the locale's fields, the marketplace as filter. */
class SearchQueriesTest {

    @Test
    void everyWordMustOccurInOneOfTheLocalesFields() {
        String query = SearchQueries.query(request("cloud storage", "de")).toString();

        assertThat(query).startsWith("#marketplace:mp1 +(");
        assertThat(query)
                .contains(
                        "+((name_de:cloud)^4.0 (shortDescription_de:cloud)^2.0 description_de:cloud (tags_de:cloud)^2.0)");
        assertThat(query).as("stemmed").contains("+((name_de:storag)^4.0");
        assertThat(query).doesNotContain("_en:", "_ja:");
    }

    @Test
    void queryOperatorsAreTakenAsText() {
        String query =
                SearchQueries.query(request("name_en:x OR (y* AND \"z", "en")).toString();

        assertThat(query).as("no field query, no wildcard, no phrase").contains("description_en:name_en:x");
        assertThat(query).doesNotContain("y*", "\"").contains("+((name_en:y)^4.0", "+((name_en:z)^4.0");
    }

    @Test
    void noWordsFindEverythingAndOnlyStopWordsNothing() {
        assertThat(SearchQueries.words("", "en")).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(SearchQueries.words("the and", "en")).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void theDefaultOrderIsRelevanceWithWordsAndNameWithout() {
        assertThat(request("x", "en").sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(request("", "en").sort()).isEqualTo(SearchSort.NAME);
        assertThat(SearchSort.parse("Price", true)).isEqualTo(SearchSort.PRICE);
    }

    @Test
    void badInputIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> request("x", "fr"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((BssException) e).messageKey())
                .isEqualTo("search.locale");
        assertThatThrownBy(() -> request("x".repeat(SearchRequest.TEXT_MAX + 1), "en"))
                .extracting(e -> ((BssException) e).messageKey())
                .isEqualTo("search.queryTooLong");
        assertThatThrownBy(() -> SearchSort.parse("stars", true))
                .extracting(e -> ((BssException) e).messageKey())
                .isEqualTo("search.sort");
    }

    private static SearchRequest request(String text, String locale) {
        return new SearchRequest("mp1", text, locale, null, false, null);
    }
}
