package org.bss.search;

import java.util.Locale;
import org.bss.common.ValidationException;

/**
 * How results are ordered: by relevance (the default with a query), by name in the searched locale (the default
 * without), by price per period (free first), or by average rating (best first, services without reviews last).
 */
public enum SearchSort {
    RELEVANCE,
    NAME,
    PRICE,
    RATING;

    /** @throws ValidationException not one of relevance, name, price, rating */
    public static SearchSort parse(String value, boolean hasQuery) {
        if (value == null || value.isBlank()) {
            return hasQuery ? RELEVANCE : NAME;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("search.sort", value.length() > 40 ? value.substring(0, 40) : value);
        }
    }
}
