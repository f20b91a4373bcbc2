package org.bss.search;

/** One found service, in the searched locale: what a result list shows. {@code price} is null without price model. */
public record ServiceHit(
        long serviceKey,
        String serviceId,
        String marketplaceId,
        String name,
        String shortDescription,
        String supplierId,
        String supplierName,
        PriceSummary price) {}
