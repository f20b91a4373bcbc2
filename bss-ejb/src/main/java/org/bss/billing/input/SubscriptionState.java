package org.bss.billing.input;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the subscription's history: from {@code from} on (until the next entry) the subscription
 * is in {@code status} under price model {@code priceModelId} (null only for TERMINATED).
 */
public record SubscriptionState(Instant from, SubscriptionStatus status, String priceModelId) {
    public SubscriptionState {
        Objects.requireNonNull(from, "history entry time");
        Objects.requireNonNull(status, "history entry status");
    }

    public static SubscriptionState active(Instant from, String priceModelId) {
        return new SubscriptionState(from, SubscriptionStatus.ACTIVE, priceModelId);
    }

    public static SubscriptionState suspended(Instant from, String priceModelId) {
        return new SubscriptionState(from, SubscriptionStatus.SUSPENDED, priceModelId);
    }

    public static SubscriptionState terminated(Instant from) {
        return new SubscriptionState(from, SubscriptionStatus.TERMINATED, null);
    }
}
