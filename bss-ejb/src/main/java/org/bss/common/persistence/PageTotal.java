package org.bss.common.persistence;

import java.util.function.LongSupplier;

/**
 * The total number of rows of a paged list. A page that is neither full nor empty ends the list, so it tells the
 * total itself; only a full page or one past the end needs the count query (most lists fit on their first page).
 */
public final class PageTotal {

    private PageTotal() {}

    public static long of(int rowsOnPage, int offset, int limit, LongSupplier count) {
        return rowsOnPage == 0 || rowsOnPage >= limit ? count.getAsLong() : (long) offset + rowsOnPage;
    }
}
