package org.bss.customer;

import java.util.Map;
import java.util.TreeSet;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;

/** Paging and sorting of a seller's customers: sort by organizationId (default), name or customerSince. */
public record CustomerListQuery(PageRequest page, String sort, boolean descending) {

    static final Map<String, String> SORT_FIELDS =
            Map.of("organizationId", "o.orgId", "name", "o.name", "customerSince", "r.createdAt");

    public CustomerListQuery {
        if (sort == null || sort.isBlank()) {
            sort = "organizationId";
        }
        if (!SORT_FIELDS.containsKey(sort)) {
            throw new ValidationException(
                    "account.list.sort", String.join(", ", new TreeSet<>(SORT_FIELDS.keySet())), sort);
        }
    }

    String orderBy() {
        return " order by " + SORT_FIELDS.get(sort) + (descending ? " desc" : " asc") + ", o.key asc";
    }
}
