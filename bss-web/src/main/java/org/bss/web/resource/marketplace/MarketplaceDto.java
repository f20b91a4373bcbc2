package org.bss.web.resource.marketplace;

import java.util.List;
import org.bss.common.persistence.Page;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.MarketplaceView;
import org.bss.marketplace.NewMarketplace;
import org.bss.web.resource.Requests;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request and list bodies of /marketplaces, with the field names of the contract's VOMarketplace; a marketplace itself
 * is answered as MarketplaceView. Flags left out are false, as the contract's primitives.
 */
public final class MarketplaceDto {

    private MarketplaceDto() {}

    /** The settings the operator or the owner sets. */
    public static class Settings {
        @Schema(required = true, maxLength = MarketplaceSettings.NAME_MAX)
        public String name;

        @Schema(description = "true: every supplier but those banned publishes; false (restricted): only those granted")
        public Boolean open;

        public Boolean taggingEnabled;
        public Boolean reviewEnabled;
        public Boolean categoriesEnabled;

        MarketplaceSettings settings() {
            return new MarketplaceSettings(
                    name,
                    Boolean.TRUE.equals(open),
                    Boolean.TRUE.equals(taggingEnabled),
                    Boolean.TRUE.equals(reviewEnabled),
                    Boolean.TRUE.equals(categoriesEnabled));
        }
    }

    @Schema(name = "NewMarketplace")
    public static class New extends Settings {
        @Schema(required = true, description = "The organization that owns the marketplace")
        public String owningOrganizationId;

        NewMarketplace marketplace() {
            return new NewMarketplace(Requests.required(owningOrganizationId, "owningOrganizationId"), settings());
        }
    }

    @Schema(name = "MarketplaceChange", description = "All settings; only the owner changes the name")
    public static class Change extends Settings {
        @Schema(description = "The version read (or If-Match)")
        public Long version;
    }

    @Schema(name = "MarketplaceOwner")
    public static class Owner {
        @Schema(required = true)
        public String owningOrganizationId;

        @Schema(description = "The version read (or If-Match); without it the owner changes whatever changed since")
        public Long version;
    }

    @Schema(name = "OrganizationIds")
    public static class OrganizationIds {
        @Schema(required = true, example = "[\"supplier-1\"]")
        public List<String> organizationIds;

        List<String> ids() {
            return organizationIds == null ? List.of() : organizationIds;
        }
    }

    @Schema(name = "MarketplaceList")
    public static class MarketplaceList {
        @Schema(description = "Number of marketplaces the caller sees")
        public long total;

        public int offset;
        public int limit;
        public List<MarketplaceView> items;

        static MarketplaceList of(Page<MarketplaceView> page) {
            MarketplaceList l = new MarketplaceList();
            l.total = page.total();
            l.offset = page.offset();
            l.limit = page.limit();
            l.items = page.items();
            return l;
        }
    }
}
