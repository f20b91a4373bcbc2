package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step: applies to an entity count n up to {@code limit} (null = no limit); cost =
 * (n − freeEntityCount) × price + additionalPrice.
 */
public record SteppedPrice(Long limit, BigDecimal price, long freeEntityCount, BigDecimal additionalPrice) {
    public SteppedPrice {
        Objects.requireNonNull(price, "stepped price");
        additionalPrice = additionalPrice == null ? BigDecimal.ZERO : additionalPrice;
    }
}
