package org.bss.billing.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The customer's discount in percent, valid over [from, to) (to null = open-ended). */
public record Discount(BigDecimal percent, Instant from, Instant to) {
    public Discount {
        Objects.requireNonNull(percent, "discount percent");
        Objects.requireNonNull(from, "discount start");
    }

    public boolean overlaps(Instant periodStart, Instant periodEnd) {
        return from.isBefore(periodEnd) && (to == null || to.isAfter(periodStart));
    }
}
