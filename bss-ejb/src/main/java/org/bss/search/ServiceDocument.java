package org.bss.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.bss.search.ServiceListing.LocaleTexts;

/**
 * The one place that maps a {@link ServiceListing} to its Lucene document and a found document back to a
 * {@link ServiceHit}. One document per service: its key (the id term), its marketplace (a filter term), per locale
 * the analysed texts (name, short description, description, tags), the stored name and short description shown in
 * results, and sort keys for name, price and rating.
 *
 * <p>Filters: a {@code category} term per category id, and per locale a {@code tag_<locale>} term per tag (lower
 * case), matched by the FILTER clauses of {@link SearchQueries}.
 */
public final class ServiceDocument {

    static final String KEY = "key";
    static final String MARKETPLACE = "marketplace";
    static final String SERVICE_ID = "serviceId";
    static final String SUPPLIER_ID = "supplierId";
    static final String SUPPLIER_NAME = "supplierName";
    static final String NAME = "name";
    static final String SHORT_DESCRIPTION = "shortDescription";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String CATEGORY = "category";
    static final String TAG = "tag";
    static final String SORT_NAME = "sortName";
    static final String SORT_PRICE = "sortPrice";
    static final String SORT_RATING = "sortRating";
    static final String SORT_KEY = "sortKey";
    static final String PRICE_FREE = "price.free";
    static final String PRICE_CURRENCY = "price.currency";
    static final String PRICE_PERIOD = "price.period";
    static final String PRICE_PER_PERIOD = "price.perPeriod";
    static final String PRICE_PER_USER = "price.perUser";
    static final String PRICE_ONE_TIME = "price.oneTime";

    /** The analysed text fields, each once per locale. */
    static final List<String> TEXT_FIELDS = List.of(NAME, SHORT_DESCRIPTION, DESCRIPTION, TAGS);

    private ServiceDocument() {}

    /** A field of a locale: {@code name_ja}. */
    static String field(String name, String locale) {
        return name + "_" + locale;
    }

    /** A tag as the filter matches it: case ignored. */
    static String tagTerm(String tag) {
        return tag.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static Term id(long serviceKey) {
        return new Term(KEY, Long.toString(serviceKey));
    }

    public static Document of(ServiceListing listing) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(listing.serviceKey()), Field.Store.YES));
        doc.add(new NumericDocValuesField(SORT_KEY, listing.serviceKey()));
        doc.add(new StringField(MARKETPLACE, listing.marketplaceId(), Field.Store.YES));
        doc.add(new StoredField(SERVICE_ID, listing.serviceId()));
        stored(doc, SUPPLIER_ID, listing.supplierId());
        stored(doc, SUPPLIER_NAME, listing.supplierName());
        listing.texts().forEach((locale, texts) -> addTexts(doc, locale, texts, listing.serviceId()));
        listing.categoryIds().forEach(id -> doc.add(new StringField(CATEGORY, id, Field.Store.NO)));
        listing.texts()
                .forEach((locale, texts) -> texts.tags()
                        .forEach(tag -> doc.add(new StringField(field(TAG, locale), tagTerm(tag), Field.Store.NO))));
        if (listing.averageRating() != null) { // tenths: 4.5 is 45; a service without reviews has no key
            doc.add(new NumericDocValuesField(
                    SORT_RATING, listing.averageRating().movePointRight(1).longValue()));
        }
        PriceSummary price = listing.price();
        doc.add(new NumericDocValuesField(SORT_PRICE, price == null ? Long.MAX_VALUE : price.sortKey()));
        if (price != null) {
            doc.add(new StoredField(PRICE_FREE, Boolean.toString(price.free())));
            stored(doc, PRICE_CURRENCY, price.currency());
            stored(doc, PRICE_PERIOD, price.period());
            doc.add(new StoredField(PRICE_PER_PERIOD, price.pricePerPeriod().toPlainString()));
            doc.add(new StoredField(PRICE_PER_USER, price.pricePerUser().toPlainString()));
            doc.add(new StoredField(PRICE_ONE_TIME, price.oneTimeFee().toPlainString()));
        }
        return doc;
    }

    private static void addTexts(Document doc, String locale, LocaleTexts texts, String serviceId) {
        text(doc, field(NAME, locale), texts.name(), true);
        text(doc, field(SHORT_DESCRIPTION, locale), texts.shortDescription(), true);
        text(doc, field(DESCRIPTION, locale), texts.description(), false);
        for (String tag : texts.tags()) {
            text(doc, field(TAGS, locale), tag, false);
        }
        String sortName = texts.name() == null ? serviceId : texts.name();
        doc.add(new SortedDocValuesField(field(SORT_NAME, locale), new BytesRef(sortName.toLowerCase(Locale.ROOT))));
    }

    private static void text(Document doc, String field, String value, boolean store) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, store ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /** The stored fields a result in this locale shows (only these are read from the index). */
    static Set<String> shown(String locale) {
        return Set.of(
                KEY,
                SERVICE_ID,
                MARKETPLACE,
                field(NAME, locale),
                field(SHORT_DESCRIPTION, locale),
                SUPPLIER_ID,
                SUPPLIER_NAME,
                PRICE_FREE,
                PRICE_CURRENCY,
                PRICE_PERIOD,
                PRICE_PER_PERIOD,
                PRICE_PER_USER,
                PRICE_ONE_TIME);
    }

    /** What a result shows of a found document, in the searched locale. */
    static ServiceHit hit(Document doc, String locale) {
        return new ServiceHit(
                Long.parseLong(doc.get(KEY)),
                doc.get(SERVICE_ID),
                doc.get(MARKETPLACE),
                doc.get(field(NAME, locale)),
                doc.get(field(SHORT_DESCRIPTION, locale)),
                doc.get(SUPPLIER_ID),
                doc.get(SUPPLIER_NAME),
                price(doc));
    }

    private static PriceSummary price(Document doc) {
        String free = doc.get(PRICE_FREE);
        if (free == null) {
            return null;
        }
        return new PriceSummary(
                Boolean.parseBoolean(free),
                doc.get(PRICE_CURRENCY),
                doc.get(PRICE_PERIOD),
                new BigDecimal(doc.get(PRICE_PER_PERIOD)),
                new BigDecimal(doc.get(PRICE_PER_USER)),
                new BigDecimal(doc.get(PRICE_ONE_TIME)));
    }
}
