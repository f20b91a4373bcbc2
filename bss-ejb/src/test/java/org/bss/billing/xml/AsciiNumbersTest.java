package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.bss.billing.time.Fraction;
import org.junit.jupiter.api.Test;

/** The digit writers print exactly what the JDK (and {@link Fraction#toDecimal(int)}) print. */
class AsciiNumbersTest {
    private final byte[] buf = new byte[64];

    private String written(int end) {
        return new String(buf, 3, end - 3, StandardCharsets.US_ASCII); // offset 3: positions are honoured
    }

    private static long randomLong(SplittableRandom random) {
        long value = random.nextLong() >> random.nextInt(64); // all magnitudes
        return random.nextBoolean() ? value : -value;
    }

    @Test
    void longsAsLongToString() {
        SplittableRandom random = new SplittableRandom(1);
        long[] edges = {
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            Integer.MAX_VALUE,
            Integer.MIN_VALUE,
            2_147_483_648L,
            999_999_999_999_999_999L,
            1_000_000_000_000_000_000L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            1_354_316_400_000L
        };
        for (long value : edges) {
            assertThat(written(AsciiNumbers.writeLong(value, buf, 3))).isEqualTo(Long.toString(value));
        }
        for (int i = 0; i < 200_000; i++) {
            long value = randomLong(random);
            assertThat(written(AsciiNumbers.writeLong(value, buf, 3))).isEqualTo(Long.toString(value));
        }
    }

    @Test
    void scaledLongsAsToPlainString() {
        SplittableRandom random = new SplittableRandom(2);
        for (int scale = 0; scale <= 18; scale++) {
            for (long unscaled : new long[] {
                0,
                1,
                -1,
                5,
                -5,
                10,
                99,
                100,
                101,
                999,
                1_000,
                9_999,
                10_000,
                123_456,
                -123_456,
                Integer.MAX_VALUE - 1L,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L,
                999_999_999_999_999_999L,
                -999_999_999_999_999_999L,
                100_000_000_000_000_000L
            }) {
                assertThat(written(AsciiNumbers.writeScaled(unscaled, scale, buf, 3)))
                        .isEqualTo(BigDecimal.valueOf(unscaled, scale).toPlainString());
            }
        }
        for (int i = 0; i < 200_000; i++) {
            long unscaled = randomLong(random) % 1_000_000_000_000_000_000L;
            int scale = random.nextInt(19);
            assertThat(written(AsciiNumbers.writeScaled(unscaled, scale, buf, 3)))
                    .as("%d scale %d", unscaled, scale)
                    .isEqualTo(BigDecimal.valueOf(unscaled, scale).toPlainString());
        }
    }

    @Test
    void fractionsAsToDecimal16() {
        SplittableRandom random = new SplittableRandom(3);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            long den = switch (random.nextInt(4)) {
                case 0 -> 1L + random.nextInt(100);
                case 1 -> 1L << random.nextInt(62); // finite decimals, also longer than 16 digits
                case 2 -> 2_678_400_000L; // a 31-day month in milliseconds
                default -> 1L + (random.nextLong() >>> random.nextInt(1, 64));
            };
            long num = randomLong(random) / (random.nextBoolean() ? 1 : Math.max(1, den));
            if (num == Long.MIN_VALUE) {
                continue;
            }
            Fraction f = Fraction.of(num, den);
            if (!f.hasLongTerms()) {
                continue;
            }
            int end = AsciiNumbers.writeFraction(f.longNumerator(), f.longDenominator(), buf, 3);
            String expected = f.toDecimal(AsciiNumbers.FRACTION_DIGITS).toPlainString();
            if (end >= 0) {
                fast++;
                assertThat(written(end)).as(f.toString()).isEqualTo(expected);
            }
        }
        assertThat(fast).isGreaterThan(100_000);
        for (long[] f : new long[][] {
            {0, 1},
            {1, 3},
            {-1, 3},
            {2, 3},
            {-2, 3},
            {1, 2},
            {-7, 8},
            {1, 1L << 53},
            {99_999_999_999_999_999L, 100_000_000_000_000_000L},
            {-1, 30_000_000_000L},
            {5, 1},
            {-5, 1}
        }) {
            Fraction fraction = Fraction.of(f[0], f[1]);
            int end = AsciiNumbers.writeFraction(fraction.longNumerator(), fraction.longDenominator(), buf, 3);
            if (end >= 0) {
                assertThat(written(end))
                        .as(fraction.toString())
                        .isEqualTo(
                                fraction.toDecimal(AsciiNumbers.FRACTION_DIGITS).toPlainString());
            }
        }
    }
}
