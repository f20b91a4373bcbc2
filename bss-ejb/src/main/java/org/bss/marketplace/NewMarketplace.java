package org.bss.marketplace;

/** A marketplace the operator creates: the id of its owner organization and its settings. */
public record NewMarketplace(String owningOrganizationId, MarketplaceSettings settings) {}
