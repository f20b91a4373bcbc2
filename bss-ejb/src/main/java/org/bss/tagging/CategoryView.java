package org.bss.tagging;

import java.util.Map;

/**
 * A category as callers read it: the names of the contract's VOCategory ({@code name} in the locale asked for, else in
 * English, else any), every name by locale, and the version for optimistic locking.
 */
public record CategoryView(
        long key, String categoryId, String marketplaceId, String name, Map<String, String> names, int version) {

    public CategoryView {
        names = Map.copyOf(names);
    }

    static CategoryView of(Category c, String locale) {
        return new CategoryView(
                c.getKey(),
                c.getCategoryId(),
                c.getMarketplace().getMarketplaceId(),
                c.name(locale),
                c.names(),
                c.getVersion());
    }
}
