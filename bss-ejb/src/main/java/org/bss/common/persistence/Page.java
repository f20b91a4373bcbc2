package org.bss.common.persistence;

import java.util.List;

/** One page of a list: its items, the number of items of the whole list, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
