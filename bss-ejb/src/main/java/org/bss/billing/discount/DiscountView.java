package org.bss.billing.discount;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer's discount as read: the customer's organization id, its terms and the version to send back. */
public record DiscountView(String organizationId, BigDecimal percent, Instant begin, Instant end, int version) {}
