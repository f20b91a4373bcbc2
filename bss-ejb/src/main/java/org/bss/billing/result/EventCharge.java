package org.bss.billing.result;

import java.math.BigDecimal;

/** Occurrences of one event type × its price (or its stepped price; then {@code stepped} is non-null). */
public record EventCharge(
        String eventId, long occurrences, BigDecimal singleCost, SteppedCharge stepped, BigDecimal amount) {}
