package org.bss.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bss.billing.time.Fraction;

/** The single place where money is rounded: HALF_UP to DECIMAL_PLACES, once per component. */
final class Money {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int scale;
    private final BigDecimal zero;

    Money(int scale) {
        this.scale = scale;
        this.zero = BigDecimal.ZERO.setScale(scale);
    }

    BigDecimal zero() {
        return zero;
    }

    /** base × factor, rounded. */
    BigDecimal times(BigDecimal base, Fraction factor) {
        return factor.isZero() || base.signum() == 0 ? zero : factor.times(base, scale);
    }

    /** An exact amount, rounded. */
    BigDecimal round(Fraction exact) {
        return exact.times(BigDecimal.ONE, scale);
    }

    /** percent % of amount, rounded. */
    BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED, scale, RoundingMode.HALF_UP);
    }
}
