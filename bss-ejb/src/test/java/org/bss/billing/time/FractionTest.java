package org.bss.billing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void arithmeticIsExactAndReduced() {
        Fraction third = Fraction.of(1, 3);
        assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(10, 31).plus(Fraction.of(21, 31))).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(6, -4)).hasToString("-3/2");
        assertThat(Fraction.of(new BigDecimal("12.5"))).isEqualTo(Fraction.of(25, 2));
    }

    @Test
    void moneyIsRoundedOnceHalfUpFromTheExactValue() {
        assertThat(Fraction.of(1, 3).times(new BigDecimal("10"), 2)).isEqualTo(new BigDecimal("3.33"));
        assertThat(Fraction.of(1, 8).times(new BigDecimal("1"), 2)).isEqualTo(new BigDecimal("0.13"));
        assertThat(Fraction.of(10, 31).times(new BigDecimal("310"), 2)).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void decimalDisplay() {
        assertThat(Fraction.of(3, 8).toDecimal(4)).isEqualTo(new BigDecimal("0.375"));
        assertThat(Fraction.of(2, 3).toDecimal(4)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(Fraction.of(20).toDecimal(4).toPlainString()).isEqualTo("20");
    }
}
