package org.bss.search;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.search.ServiceListing.LocaleTexts;

/** Listings for the index tests: the same texts in every locale unless a locale is given its own. */
final class Listings {

    private Listings() {}

    static ServiceListing listing(long key, String marketplace, String name, String shortDescription, String price) {
        return listing(key, marketplace, Map.of("en", texts(name, shortDescription)), price);
    }

    static ServiceListing listing(long key, String marketplace, Map<String, LocaleTexts> own, String price) {
        Map<String, LocaleTexts> texts = new LinkedHashMap<>();
        for (String locale : ServiceListings.LOCALES) {
            texts.put(
                    locale,
                    own.getOrDefault(
                            locale,
                            own.getOrDefault("en", own.values().iterator().next())));
        }
        PriceSummary summary = price == null
                ? null
                : new PriceSummary(false, "EUR", "MONTH", new BigDecimal(price), BigDecimal.ZERO, BigDecimal.ZERO);
        return new ServiceListing(
                key, "svc-" + key, marketplace, "sup1", "Supplier One", texts, summary, List.of(), null);
    }

    /** The listing in these categories of its marketplace. */
    static ServiceListing inCategories(ServiceListing l, String... categoryIds) {
        return new ServiceListing(
                l.serviceKey(),
                l.serviceId(),
                l.marketplaceId(),
                l.supplierId(),
                l.supplierName(),
                l.texts(),
                l.price(),
                List.of(categoryIds),
                l.averageRating());
    }

    /** The listing with this average rating of its reviews. */
    static ServiceListing rated(ServiceListing l, String averageRating) {
        return new ServiceListing(
                l.serviceKey(),
                l.serviceId(),
                l.marketplaceId(),
                l.supplierId(),
                l.supplierName(),
                l.texts(),
                l.price(),
                l.categoryIds(),
                new BigDecimal(averageRating));
    }

    static LocaleTexts texts(String name, String shortDescription) {
        return new LocaleTexts(name, shortDescription, null, List.of());
    }
}
