package org.bss.search;

import java.math.BigDecimal;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.PriceModelType;

/**
 * What a result list shows of a price model, cheaply: free, or the currency, the price per period (and per user) and
 * the one-time fee. Sorting by price orders by the price per period (free first; currencies are not converted).
 */
public record PriceSummary(
        boolean free,
        String currency,
        String period,
        BigDecimal pricePerPeriod,
        BigDecimal pricePerUser,
        BigDecimal oneTimeFee) {

    public static PriceSummary of(PriceModelTerms terms) {
        if (terms.type() == PriceModelType.FREE_OF_CHARGE) {
            return new PriceSummary(true, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new PriceSummary(
                false,
                terms.currency(),
                terms.period() == null ? null : terms.period().name(),
                orZero(terms.pricePerPeriod()),
                orZero(terms.pricePerUser()),
                orZero(terms.oneTimeFee()));
    }

    /** The price per period in millionths, the sort key. */
    long sortKey() {
        return pricePerPeriod.movePointRight(6).longValue();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
