package org.bss.billing.result;

import java.math.BigDecimal;

/** amount = percent × netBefore ÷ 100 (rounded); netAfter = netBefore − amount. */
public record DiscountCharge(BigDecimal percent, BigDecimal netBefore, BigDecimal amount, BigDecimal netAfter) {}
