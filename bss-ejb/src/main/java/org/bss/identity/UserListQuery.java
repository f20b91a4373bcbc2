package org.bss.identity;

import java.util.Locale;
import java.util.Map;
import org.bss.common.ValidationException;

/**
 * Paging, sorting and filtering of a user list. The filter matches user id, e-mail, first or last name
 * (case-insensitive substring); sort is one of {@link #SORT_FIELDS}, ascending unless {@code descending}.
 */
public record UserListQuery(int offset, int limit, String filter, String sort, boolean descending) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;
    /** API sort names → JPQL paths. */
    static final Map<String, String> SORT_FIELDS = Map.of(
            "userId",
            "u.userId",
            "email",
            "u.email",
            "firstName",
            "u.firstName",
            "lastName",
            "u.lastName",
            "status",
            "u.status",
            "createdAt",
            "u.createdAt",
            "lastLoginAt",
            "u.lastLoginAt");

    public UserListQuery {
        if (offset < 0) {
            throw new ValidationException("identity.list.offset", String.valueOf(offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("identity.list.limit", String.valueOf(MAX_LIMIT), String.valueOf(limit));
        }
        if (sort == null || sort.isBlank()) {
            sort = "userId";
        }
        if (!SORT_FIELDS.containsKey(sort)) {
            throw new ValidationException(
                    "identity.list.sort", String.join(", ", new java.util.TreeSet<>(SORT_FIELDS.keySet())), sort);
        }
        filter = filter == null || filter.isBlank() ? null : filter.strip().toLowerCase(Locale.ROOT);
    }

    public static UserListQuery firstPage() {
        return new UserListQuery(0, DEFAULT_LIMIT, null, "userId", false);
    }

    String orderBy() {
        return SORT_FIELDS.get(sort) + (descending ? " desc" : " asc") + ", u.key asc";
    }
}
