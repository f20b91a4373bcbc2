package org.bss.marketplace;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A marketplace as the operator and its owner see it; the names are the contract's (VOMarketplace), the version is
 * for optimistic locking.
 */
public record MarketplaceView(
        long key,
        String marketplaceId,
        String name,
        boolean open,
        String owningOrganizationId,
        String owningOrganizationName,
        boolean taggingEnabled,
        boolean reviewEnabled,
        boolean categoriesEnabled,
        BigDecimal marketplaceRevenueShare,
        BigDecimal resellerRevenueShare,
        BigDecimal brokerRevenueShare,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static MarketplaceView of(Marketplace m) {
        return new MarketplaceView(
                m.getKey(),
                m.getMarketplaceId(),
                m.getName(),
                m.isOpen(),
                m.getOwner().getOrgId(),
                m.getOwner().getName(),
                m.isTaggingEnabled(),
                m.isReviewEnabled(),
                m.isCategoriesEnabled(),
                m.getMarketplaceRevenueShare(),
                m.getResellerRevenueShare(),
                m.getBrokerRevenueShare(),
                m.getVersion(),
                m.getCreatedAt(),
                m.getUpdatedAt());
    }
}
