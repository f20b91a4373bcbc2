package org.bss.common.persistence;

import org.bss.common.ValidationException;

/** Which part of a list to read: from {@code offset} (0 or more), at most {@code limit} (1–500) items. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (offset < 0) {
            throw new ValidationException("common.list.offset", String.valueOf(offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("common.list.limit", String.valueOf(MAX_LIMIT), String.valueOf(limit));
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }
}
