package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.bss.search.ServiceListing.LocaleTexts;
import org.junit.jupiter.api.Test;

/** The one mapping of a listing to its document: the id and filter terms, the fields of each locale. */
class ServiceDocumentTest {

    @Test
    void aListingBecomesOneDocumentWithFieldsPerLocale() {
        ServiceListing listing = Listings.listing(
                5,
                "mp1",
                Map.of(
                        "en", new LocaleTexts("Cloud", "Short", "Long text", List.of("storage", "backup")),
                        "ja", new LocaleTexts("クラウド", null, null, List.of())),
                "9.90");

        Document doc = ServiceDocument.of(listing);

        assertThat(doc.get("key")).isEqualTo("5");
        assertThat(doc.get("marketplace")).isEqualTo("mp1");
        assertThat(doc.get("serviceId")).isEqualTo("svc-5");
        assertThat(doc.get("name_en")).isEqualTo("Cloud");
        assertThat(doc.get("name_ja")).isEqualTo("クラウド");
        assertThat(doc.get("name_de"))
                .as("German falls back to English (Listings)")
                .isEqualTo("Cloud");
        assertThat(doc.getFields("tags_en"))
                .extracting(IndexableField::stringValue)
                .containsExactly("storage", "backup");
        assertThat(doc.getField("description_en").fieldType().stored())
                .as("searched, not shown")
                .isFalse();
        assertThat(doc.getField("shortDescription_ja")).as("no text, no field").isNull();
        assertThat(doc.getField("sortPrice").numericValue()).isEqualTo(9_900_000L);
        assertThat(ServiceDocument.id(5).text()).isEqualTo("5");
    }

    @Test
    void withoutNameTheServiceIdSortsAndWithoutPriceModelItSortsLast() {
        ServiceListing listing =
                Listings.listing(6, "mp1", Map.of("en", new LocaleTexts(null, null, null, List.of())), null);

        Document doc = ServiceDocument.of(listing);

        assertThat(doc.getField("sortName_en").binaryValue().utf8ToString()).isEqualTo("svc-6");
        assertThat(doc.getField("sortPrice").numericValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(doc.get("price.free")).isNull();
        assertThat(ServiceDocument.hit(doc, "en").price()).isNull();
    }
}
