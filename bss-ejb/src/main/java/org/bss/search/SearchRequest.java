package org.bss.search;

import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;

/**
 * A search on one marketplace: words to find (blank: every listed service), the locale whose texts and analyser are
 * used (en, de, ja; default en), the order and the page; optionally only the services of one category (by id) and
 * with one tag of the locale (case ignored).
 */
public record SearchRequest(
        String marketplaceId,
        String text,
        String locale,
        SearchSort sort,
        boolean descending,
        PageRequest page,
        String category,
        String tag) {

    /** The longest query text accepted. */
    public static final int TEXT_MAX = 200;

    /** The longest category id and tag accepted as filters. */
    public static final int FILTER_MAX = 100;

    /** A search without filters. */
    public SearchRequest(
            String marketplaceId, String text, String locale, SearchSort sort, boolean descending, PageRequest page) {
        this(marketplaceId, text, locale, sort, descending, page, null, null);
    }

    public SearchRequest {
        category = filter(category);
        tag = filter(tag);
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            throw new ValidationException("search.queryTooLong", String.valueOf(TEXT_MAX));
        }
        locale = locale == null || locale.isBlank() ? "en" : locale.strip();
        if (!ServiceListings.LOCALES.contains(locale)) {
            throw new ValidationException(
                    "search.locale",
                    locale.length() > 10 ? locale.substring(0, 10) : locale,
                    String.join(", ", ServiceListings.LOCALES));
        }
        sort = sort == null ? (text.isEmpty() ? SearchSort.NAME : SearchSort.RELEVANCE) : sort;
        page = page == null ? PageRequest.first() : page;
    }

    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > FILTER_MAX) {
            throw new ValidationException("search.filterTooLong", String.valueOf(FILTER_MAX));
        }
        return value.strip();
    }
}
