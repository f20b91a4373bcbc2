package org.bss.billing.result;

import java.math.BigDecimal;
import org.bss.billing.time.Fraction;

/** One explained charge: basePrice × factor = amount (amount rounded HALF_UP to the decimal places). */
public record ChargeLine(BigDecimal basePrice, Fraction factor, BigDecimal amount) {}
