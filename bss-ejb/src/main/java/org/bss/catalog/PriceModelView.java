package org.bss.catalog;

import java.time.Instant;

/**
 * A service's price model as its supplier reads it: its key, the terms, the version (optimistic locking), the last
 * change.
 */
public record PriceModelView(long key, long serviceKey, PriceModelTerms terms, int version, Instant updatedAt) {

    static PriceModelView of(ServicePriceModel pm) {
        return new PriceModelView(pm.getKey(), pm.getServiceKey(), pm.terms(), pm.getVersion(), pm.getUpdatedAt());
    }
}
