package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voMarketplace} (ws-contract §3, VOMarketplace). */
@XmlType(
        name = "voMarketplace",
        propOrder = {
            "categoriesEnabled",
            "marketplaceId",
            "name",
            "open",
            "owningOrganizationId",
            "owningOrganizationName",
            "reviewEnabled",
            "taggingEnabled"
        })
public class VOMarketplace extends BaseVO {

    private static final long serialVersionUID = 1L;

    private boolean categoriesEnabled;
    private String marketplaceId;
    private String name;
    private boolean open;
    private String owningOrganizationId;
    private String owningOrganizationName;
    private boolean reviewEnabled;
    private boolean taggingEnabled;

    public boolean isCategoriesEnabled() {
        return categoriesEnabled;
    }

    public void setCategoriesEnabled(boolean categoriesEnabled) {
        this.categoriesEnabled = categoriesEnabled;
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

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public String getOwningOrganizationId() {
        return owningOrganizationId;
    }

    public void setOwningOrganizationId(String owningOrganizationId) {
        this.owningOrganizationId = owningOrganizationId;
    }

    public String getOwningOrganizationName() {
        return owningOrganizationName;
    }

    public void setOwningOrganizationName(String owningOrganizationName) {
        this.owningOrganizationName = owningOrganizationName;
    }

    public boolean isReviewEnabled() {
        return reviewEnabled;
    }

    public void setReviewEnabled(boolean reviewEnabled) {
        this.reviewEnabled = reviewEnabled;
    }

    public boolean isTaggingEnabled() {
        return taggingEnabled;
    }

    public void setTaggingEnabled(boolean taggingEnabled) {
        this.taggingEnabled = taggingEnabled;
    }
}
