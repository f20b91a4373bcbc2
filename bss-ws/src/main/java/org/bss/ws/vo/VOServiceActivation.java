package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voServiceActivation} (ws-contract §3, VOServiceActivation). */
@XmlType(
        name = "voServiceActivation",
        propOrder = {"active", "catalogEntries", "service"})
public class VOServiceActivation implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean active;
    private List<VOCatalogEntry> catalogEntries = new ArrayList<>();
    private VOService service;

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @XmlElement(nillable = true)
    public List<VOCatalogEntry> getCatalogEntries() {
        return catalogEntries;
    }

    public void setCatalogEntries(List<VOCatalogEntry> catalogEntries) {
        this.catalogEntries = catalogEntries;
    }

    public VOService getService() {
        return service;
    }

    public void setService(VOService service) {
        this.service = service;
    }
}
