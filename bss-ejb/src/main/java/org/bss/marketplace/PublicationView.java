package org.bss.marketplace;

import java.time.Instant;
import org.bss.catalog.ServiceStatus;

/** Where a service is on sale and its status, as its supplier reads it. */
public record PublicationView(
        long serviceKey,
        String marketplaceId,
        String marketplaceName,
        boolean visibleInCatalog,
        Instant publishedAt,
        ServiceStatus status) {

    static PublicationView of(Publication p, ServiceStatus status) {
        return new PublicationView(
                p.getServiceKey(),
                p.getMarketplace().getMarketplaceId(),
                p.getMarketplace().getName(),
                p.isVisible(),
                p.getPublishedAt(),
                status);
    }
}
