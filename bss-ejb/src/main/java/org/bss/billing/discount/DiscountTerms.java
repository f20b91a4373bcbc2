package org.bss.billing.discount;

import java.math.BigDecimal;
import java.time.Instant;

/** A discount: percent of the net amount, valid from {@code begin} (inclusive) to {@code end} (exclusive, null: open). */
public record DiscountTerms(BigDecimal percent, Instant begin, Instant end) {}
