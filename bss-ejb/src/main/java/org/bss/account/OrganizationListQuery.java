package org.bss.account;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.bss.common.ValidationException;

/**
 * Paging, sorting and filtering of the operator's organization list. The filter matches organization id or name
 * (case-insensitive substring); sort is one of {@link #SORT_FIELDS}, ascending unless {@code descending}.
 */
public record OrganizationListQuery(int offset, int limit, String filter, String sort, boolean descending) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;
    /** API sort names → JPQL paths. */
    static final Map<String, String> SORT_FIELDS =
            Map.of("orgId", "o.orgId", "name", "o.name", "createdAt", "o.createdAt", "domicile", "o.domicile");

    public OrganizationListQuery {
        if (offset < 0) {
            throw new ValidationException("account.list.offset", String.valueOf(offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("account.list.limit", String.valueOf(MAX_LIMIT), String.valueOf(limit));
        }
        if (sort == null || sort.isBlank()) {
            sort = "orgId";
        }
        if (!SORT_FIELDS.containsKey(sort)) {
            throw new ValidationException(
                    "account.list.sort", String.join(", ", new TreeSet<>(SORT_FIELDS.keySet())), sort);
        }
        filter = filter == null || filter.isBlank() ? null : filter.strip().toLowerCase(Locale.ROOT);
    }

    public static OrganizationListQuery firstPage() {
        return new OrganizationListQuery(0, DEFAULT_LIMIT, null, "orgId", false);
    }

    /** The where clause (with parameter {@code :filter} when filtering), empty without a filter. */
    String where() {
        return filter == null
                ? ""
                : " where lower(o.orgId) like :filter escape '\\' or lower(o.name) like :filter escape '\\'";
    }

    /** The LIKE pattern of the filter, with %, _ and the escape character taken literally. */
    String filterPattern() {
        return "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String orderBy() {
        return " order by " + SORT_FIELDS.get(sort) + (descending ? " desc" : " asc") + ", o.key asc";
    }
}
