package org.bss.billing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The long fast path of {@link Fraction} against plain BigInteger arithmetic, including values near and
 * beyond the range of long (where it must fall back to BigInteger without losing exactness).
 */
class FractionLongPathTest {
    private static final long SEED = 1_354_316_400_000L;

    /** Exact reference: reduced BigInteger pair. */
    private static BigInteger[] ref(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return g.signum() == 0
                ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE}
                : new BigInteger[] {n.divide(g), d.divide(g)};
    }

    private static long pick(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(100) - 50;
            case 1 -> r.nextInt(3_600_000) + 1;
            case 2 -> 2_678_400_000L - r.nextInt(1000);
            case 3 -> r.nextLong();
            case 4 -> Long.MAX_VALUE - r.nextInt(3);
            default -> Long.MIN_VALUE + r.nextInt(3);
        };
    }

    private static void assertSame(Fraction f, BigInteger[] expected, String what) {
        assertThat(f.numerator()).as(what).isEqualTo(expected[0]);
        assertThat(f.denominator()).as(what).isEqualTo(expected[1]);
        // the same value built the BigInteger way is equal, with the same hash
        Fraction viaBig = Fraction.of(expected[0], expected[1]);
        assertThat(f).as(what).isEqualTo(viaBig);
        assertThat(f.hashCode()).as(what).isEqualTo(viaBig.hashCode());
    }

    @Test
    void arithmeticMatchesBigIntegerIncludingOverflow() {
        Random r = new Random(SEED);
        System.out.println("FractionLongPathTest seed = " + SEED);
        for (int i = 0; i < 4_000; i++) {
            long a = pick(r);
            long b = pick(r);
            long c = pick(r);
            long d = pick(r);
            if (b == 0 || d == 0) {
                continue;
            }
            String what = "case " + i + ": " + a + "/" + b + " and " + c + "/" + d;
            Fraction x = Fraction.of(a, b);
            Fraction y = Fraction.of(c, d);
            BigInteger ba = BigInteger.valueOf(a);
            BigInteger bb = BigInteger.valueOf(b);
            BigInteger bc = BigInteger.valueOf(c);
            BigInteger bd = BigInteger.valueOf(d);
            assertSame(x, ref(ba, bb), what + " of");
            assertSame(x.plus(y), ref(ba.multiply(bd).add(bc.multiply(bb)), bb.multiply(bd)), what + " plus");
            assertSame(x.minus(y), ref(ba.multiply(bd).subtract(bc.multiply(bb)), bb.multiply(bd)), what + " minus");
            assertSame(x.times(y), ref(ba.multiply(bc), bb.multiply(bd)), what + " times");
            BigInteger[] rx = ref(ba, bb);
            BigInteger[] ry = ref(bc, bd);
            assertThat(Integer.signum(x.compareTo(y)))
                    .as(what + " compare")
                    .isEqualTo(rx[0].multiply(ry[1]).compareTo(ry[0].multiply(rx[1])));
            assertThat(x.times(new BigDecimal("97.13"), 2))
                    .as(what + " money")
                    .isEqualTo(new BigDecimal("97.13")
                            .multiply(new BigDecimal(rx[0]))
                            .divide(new BigDecimal(rx[1]), 2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void decimalDisplayMatchesTheBigIntegerForm() {
        Random r = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            long n = r.nextInt(5_000_000) - 1_000_000L;
            long d = 1L + r.nextInt(3_000_000);
            Fraction f = Fraction.of(n, d);
            // a value outside long forces the BigInteger form: scale it up and back down exactly
            BigInteger big = BigInteger.ONE.shiftLeft(80);
            Fraction viaBig =
                    Fraction.of(f.numerator().multiply(big), f.denominator().multiply(big));
            assertThat(f.toDecimal(16)).as(n + "/" + d).isEqualTo(viaBig.toDecimal(16));
        }
        Fraction huge = Fraction.of(BigInteger.ONE.shiftLeft(70), BigInteger.valueOf(3));
        assertThat(huge.plus(Fraction.ONE).minus(huge)).isEqualTo(Fraction.ONE);
    }
}
