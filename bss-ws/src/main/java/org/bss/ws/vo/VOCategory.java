package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voCategory} (ws-contract §3.26): a category of a marketplace, its name in one locale. */
@XmlType(
        name = "voCategory",
        propOrder = {"categoryId", "marketplaceId", "name"})
public class VOCategory extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String categoryId;
    private String marketplaceId;
    private String name;

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
