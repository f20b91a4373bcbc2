package org.bss.billing.result;

import java.math.BigDecimal;
import org.bss.billing.time.Fraction;

/** Role price × the time (factor) users held that role = amount. */
public record RoleCharge(String roleId, BigDecimal basePrice, Fraction factor, BigDecimal amount) {}
