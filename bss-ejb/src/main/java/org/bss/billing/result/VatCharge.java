package org.bss.billing.result;

import java.math.BigDecimal;

/** VAT amount = net after discount × percent ÷ 100 (rounded). */
public record VatCharge(BigDecimal percent, BigDecimal amount) {}
