package org.bss.portal.operator;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bss.account.OrganizationListQuery;
import org.bss.account.OrganizationPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Lazy model of the organization table: each page, its sort column and the filter text go to
 * {@code OrganizationService.listOrganizations}, so only one page is ever loaded. The filter is the page's own
 * search field (organization id or name), not a column filter.
 */
public class OrganizationListModel extends LazyDataModel<OrganizationRow> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from (the bean's service call). */
    @FunctionalInterface
    public interface Source extends Serializable {
        OrganizationPage list(OrganizationListQuery query);
    }

    private final Source source;
    private final ZoneId zone;
    private String filter;

    OrganizationListModel(Source source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    void setFilter(String filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.list(new OrganizationListQuery(0, 1, filter, null, false))
                .total());
    }

    @Override
    public List<OrganizationRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(SortMeta::isActive)
                        .findFirst()
                        .orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        int limit = Math.min(Math.max(pageSize, 1), OrganizationListQuery.MAX_LIMIT);
        OrganizationPage page =
                source.list(new OrganizationListQuery(Math.max(first, 0), limit, filter, field, descending));
        setRowCount(Math.toIntExact(page.total()));
        return page.items().stream()
                .map(view -> new OrganizationRow(view, zone))
                .toList();
    }

    @Override
    public String getRowKey(OrganizationRow row) {
        return row.getOrgId();
    }

    @Override
    public OrganizationRow getRowData(String rowKey) {
        List<OrganizationRow> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> r.getOrgId().equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
