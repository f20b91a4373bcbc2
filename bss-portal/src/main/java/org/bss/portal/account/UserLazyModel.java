package org.bss.portal.account;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bss.identity.UserListQuery;
import org.bss.identity.UserPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The user table's pages, read from the service one page at a time: PrimeFaces' offset, page size and sort column
 * become a {@link UserListQuery}; the filter is the page's own filter box (user id, e-mail, first or last name).
 */
public class UserLazyModel extends LazyDataModel<UserRow> {

    private static final long serialVersionUID = 1L;

    /** Calls the service through the bean (serializable like the view-scoped bean that holds the model). */
    interface Source extends Function<UserListQuery, UserPage>, Serializable {}

    private final Source source;
    private String filter;

    UserLazyModel(Source source) {
        this.source = source;
    }

    void setFilter(String filter) {
        this.filter = filter;
    }

    /** PrimeFaces asks for the total before it loads a page (and loads nothing when it is 0). */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int)
                source.apply(new UserListQuery(0, 1, filter, "userId", false)).total();
    }

    @Override
    public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(SortMeta::isActive)
                        .findFirst()
                        .orElse(null);
        String field = sort == null ? "userId" : fieldName(sort.getField());
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        int limit = Math.min(Math.max(pageSize, 1), UserListQuery.MAX_LIMIT);
        UserPage page = source.apply(new UserListQuery(Math.max(first, 0), limit, filter, field, descending));
        setRowCount((int) page.total());
        return page.items().stream().map(UserRow::new).toList();
    }

    /** "u.userId" or "userId" → "userId"; the name column sorts by last name. */
    static String fieldName(String field) {
        if (field == null || field.isBlank()) {
            return "userId";
        }
        String name = field.substring(field.lastIndexOf('.') + 1);
        return "name".equals(name) ? "lastName" : name;
    }

    @Override
    public String getRowKey(UserRow row) {
        return row.getUserId();
    }

    @Override
    public UserRow getRowData(String rowKey) {
        List<UserRow> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> r.getUserId().equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
