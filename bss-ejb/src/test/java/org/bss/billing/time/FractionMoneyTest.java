package org.bss.billing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** times(BigDecimal, scale) in longs gives exactly the multiply-then-divide result (value and scale). */
class FractionMoneyTest {

    @Test
    void longPathMatchesBigDecimalRounding() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            long num = random.nextLong() >> random.nextInt(1, 64);
            long den = 1 + (random.nextLong() >>> random.nextInt(1, 64));
            if (random.nextInt(4) == 0) { // half-way cases
                num = 2L * random.nextInt(1000) + 1;
                den = 2;
            }
            Fraction f = Fraction.of(num, den);
            BigDecimal value = BigDecimal.valueOf(random.nextLong() >> random.nextInt(1, 64), random.nextInt(-3, 20));
            int scale = random.nextInt(0, 8);
            BigDecimal expected = value.multiply(new BigDecimal(f.numerator()))
                    .divide(new BigDecimal(f.denominator()), scale, RoundingMode.HALF_UP);
            BigDecimal actual = f.times(value, scale);
            assertThat(actual).as("%s × %s", f, value).isEqualTo(expected); // equals: value and scale
        }
    }
}
