package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/** XSD {@code listCriteria} (ws-contract §3, ListCriteria). */
@XmlType(
        name = "listCriteria",
        propOrder = {"categoryId", "filter", "limit", "offset", "sorting"})
public class ListCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String categoryId;
    private String filter;
    private int limit;
    private int offset;
    private Sorting sorting;

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }

    public Sorting getSorting() {
        return sorting;
    }

    public void setSorting(Sorting sorting) {
        this.sorting = sorting;
    }
}
