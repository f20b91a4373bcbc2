package org.bss.search;

import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;

/**
 * A search on one marketplace: words to find (blank: every listed service), the locale whose texts and analyser are
 * used (en, de, ja; default en), the order and the page. Category and tag filters join here later.
 */
public record SearchRequest(
        String marketplaceId, String text, String locale, SearchSort sort, boolean descending, PageRequest page) {

    /** The longest query text accepted. */
    public static final int TEXT_MAX = 200;

    public SearchRequest {
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
}
