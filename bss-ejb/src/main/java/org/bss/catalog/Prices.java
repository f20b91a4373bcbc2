package org.bss.catalog;

import java.math.BigDecimal;

/** Prices of a price model compare by value; an absent price is none (zero). */
final class Prices {

    private Prices() {}

    static BigDecimal orZero(BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return orZero(a).compareTo(orZero(b)) == 0;
    }
}
