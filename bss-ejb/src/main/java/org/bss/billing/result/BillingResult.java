package org.bss.billing.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The bill of one subscription for one period: one element per price model in force, net = Σ price model
 * totals, then discount (null if none applies), VAT (null if no rate applies) and gross.
 */
public record BillingResult(
        String subscriptionId,
        String purchaseOrderNumber,
        Instant periodStart,
        Instant periodEnd,
        ZoneId zone,
        int decimalPlaces,
        String currency,
        List<PriceModelCharge> priceModels,
        BigDecimal net,
        DiscountCharge discount,
        VatCharge vat,
        BigDecimal gross) {

    public BigDecimal netAfterDiscount() {
        return discount == null ? net : discount.netAfter();
    }
}
