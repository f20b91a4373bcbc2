package org.bss.catalog;

import java.time.Instant;

/**
 * A technical service in a list: key (what services refer to it by), id, access type, version (optimistic locking)
 * and when it last changed.
 */
public record TechnicalServiceSummary(long key, String id, String accessType, int version, Instant updatedAt) {

    static TechnicalServiceSummary of(TechnicalService s) {
        return new TechnicalServiceSummary(
                s.getKey(), s.getTsId(), s.getAccessType(), s.getVersion(), s.getUpdatedAt());
    }
}
