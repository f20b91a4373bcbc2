package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voCatalogEntry} (ws-contract §3, VOCatalogEntry). */
@XmlType(
        name = "voCatalogEntry",
        propOrder = {"anonymousVisible", "categories", "marketplace", "service", "visibleInCatalog"})
public class VOCatalogEntry extends BaseVO {

    private static final long serialVersionUID = 1L;

    private boolean anonymousVisible;
    private List<VOCategory> categories = new ArrayList<>();
    private VOMarketplace marketplace;
    private VOService service;
    private boolean visibleInCatalog;

    public boolean isAnonymousVisible() {
        return anonymousVisible;
    }

    public void setAnonymousVisible(boolean anonymousVisible) {
        this.anonymousVisible = anonymousVisible;
    }

    @XmlElement(nillable = true)
    public List<VOCategory> getCategories() {
        return categories;
    }

    public void setCategories(List<VOCategory> categories) {
        this.categories = categories;
    }

    public VOMarketplace getMarketplace() {
        return marketplace;
    }

    public void setMarketplace(VOMarketplace marketplace) {
        this.marketplace = marketplace;
    }

    public VOService getService() {
        return service;
    }

    public void setService(VOService service) {
        this.service = service;
    }

    public boolean isVisibleInCatalog() {
        return visibleInCatalog;
    }

    public void setVisibleInCatalog(boolean visibleInCatalog) {
        this.visibleInCatalog = visibleInCatalog;
    }
}
