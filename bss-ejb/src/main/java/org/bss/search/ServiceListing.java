package org.bss.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the index knows of a service on sale on a marketplace: read from the database by {@link ServiceListings},
 * mapped to a Lucene document by {@link ServiceDocument}. {@code texts} holds, for each indexed locale, the texts a
 * customer of that locale sees (the supplier's texts in that locale, else English, else any).
 *
 * {@code categoryIds} are the ids of its categories on the marketplace (filters; the tags of {@code texts} filter
 * too); {@code averageRating} its reviews' average (one decimal), null while it has none.
 */
public record ServiceListing(
        long serviceKey,
        String serviceId,
        String marketplaceId,
        String supplierId,
        String supplierName,
        Map<String, LocaleTexts> texts,
        PriceSummary price,
        List<String> categoryIds,
        BigDecimal averageRating) {

    public ServiceListing {
        texts = Map.copyOf(texts);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** A service's searchable texts in one locale; {@code tags} are its technical service's tags. */
    public record LocaleTexts(String name, String shortDescription, String description, List<String> tags) {

        public LocaleTexts {
            tags = List.copyOf(tags);
        }
    }
}
