package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.Map;

/** Null-tolerant normalisation for the price records (absent price = 0). */
final class Prices {
    private Prices() {}

    static BigDecimal orZero(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }

    /** Keeps the caller's order (it is the order of lines in the result). */
    static Map<String, BigDecimal> copy(Map<String, BigDecimal> prices) {
        return RolePrices.of(prices);
    }
}
