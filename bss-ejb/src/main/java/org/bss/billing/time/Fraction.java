package org.bss.billing.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, always reduced, denominator positive.
 * Time factors are kept as fractions so that e.g. 10 days of a 31-day month stay 10/31 and sums
 * over units of different lengths stay exact; money is only rounded when a price is applied.
 * <p>
 * Numerator and denominator are held in {@code long}s whenever they fit (the normal case: time factors are
 * milliseconds over unit lengths); arithmetic uses {@link Math#multiplyExact}/{@link Math#addExact} and
 * falls back to {@link BigInteger} on overflow, so results are always exact. A value that fits in longs is
 * always held in longs, so equality does not depend on how a value was computed.
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);
    private static final long[] TEN_POWERS = new long[19];

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
        }
    }

    /** Valid when {@code big} is false. */
    private final long num;

    private final long den;
    /** Non-null only when the value does not fit in longs. */
    private final BigInteger bigNum;

    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        return reduced(numerator, denominator);
    }

    public static Fraction of(long value) {
        if (value == 0) {
            return ZERO;
        }
        if (value == 1) {
            return ONE;
        }
        return value == Long.MIN_VALUE ? of(BigInteger.valueOf(value), BigInteger.ONE) : new Fraction(value, 1);
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (fitsLong(numerator) && fitsLong(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    /** The exact value of a decimal, e.g. 12.5 = 25/2. */
    public static Fraction of(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && scale < TEN_POWERS.length && value.precision() < 19) { // prices: unscaled in a long
            return of(value.scaleByPowerOfTen(scale).longValueExact(), TEN_POWERS[scale]);
        }
        return value.scale() <= 0
                ? of(value.toBigIntegerExact(), BigInteger.ONE)
                : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public BigInteger numerator() {
        return bigNum != null ? bigNum : BigInteger.valueOf(num);
    }

    public BigInteger denominator() {
        return bigDen != null ? bigDen : BigInteger.valueOf(den);
    }

    /** True when numerator and denominator are held in longs (then {@link #longNumerator()} etc. apply). */
    public boolean hasLongTerms() {
        return bigNum == null;
    }

    /** The numerator, valid only if {@link #hasLongTerms()}: spares formatting code a BigInteger. */
    public long longNumerator() {
        return num;
    }

    /** The denominator (> 0), valid only if {@link #hasLongTerms()}. */
    public long longDenominator() {
        return den;
    }

    public Fraction plus(Fraction o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (bigNum == null && o.bigNum == null) {
            try {
                if (den == o.den) {
                    return reduced(Math.addExact(num, o.num), den);
                }
                // a/b + c/d = (a·(d/g) + c·(b/g)) / (b/g·d), g = gcd(b, d): keeps the terms small
                long g = gcd(den, o.den);
                long left = Math.multiplyExact(num, o.den / g);
                long right = Math.multiplyExact(o.num, den / g);
                return reduced(Math.addExact(left, right), Math.multiplyExact(den / g, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger form
            }
        }
        return of(
                numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction negate() {
        return bigNum == null ? new Fraction(-num, den) : of(bigNum.negate(), bigDen);
    }

    public Fraction times(Fraction o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        if (bigNum == null && o.bigNum == null) {
            // cross-reduce first: a/b × c/d = (a/g1 · c/g2) / (b/g2 · d/g1)
            long g1 = gcd(Math.abs(num), o.den);
            long g2 = gcd(Math.abs(o.num), den);
            try {
                long n = Math.multiplyExact(num / g1, o.num / g2);
                long d = Math.multiplyExact(den / g2, o.den / g1);
                if (n != Long.MIN_VALUE) {
                    return new Fraction(n, d);
                }
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger form
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    public int signum() {
        return bigNum == null ? Long.signum(num) : bigNum.signum();
    }

    public boolean isZero() {
        return bigNum == null && num == 0;
    }

    /** value × this, rounded HALF_UP to {@code scale} fraction digits: the exact product is rounded once. */
    public BigDecimal times(BigDecimal value, int scale) {
        if (bigNum == null) {
            BigDecimal rounded = timesInLongs(value, scale);
            if (rounded != null) {
                return rounded;
            }
            BigDecimal product = num == 1 ? value : value.multiply(BigDecimal.valueOf(num));
            return product.divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_UP);
        }
        return value.multiply(new BigDecimal(bigNum)).divide(new BigDecimal(bigDen), scale, RoundingMode.HALF_UP);
    }

    /**
     * {@link #times(BigDecimal, int)} for long terms in long arithmetic (the usual case: prices are small
     * decimals, factors milliseconds over unit lengths), without the intermediate BigDecimals of
     * multiply-then-divide; null when an intermediate would overflow.
     */
    private BigDecimal timesInLongs(BigDecimal value, int scale) {
        int shift = scale - value.scale(); // result unscaled = unscaled × num × 10^shift ÷ den
        if (shift < -18 || shift > 18 || value.precision() > 18) {
            return null;
        }
        try { // scaleByPowerOfTen(scale) is the unscaled value as a compact BigDecimal: no BigInteger built
            long n = Math.multiplyExact(value.scaleByPowerOfTen(value.scale()).longValue(), num);
            long d = den;
            if (shift >= 0) {
                n = Math.multiplyExact(n, TEN_POWERS[shift]);
            } else {
                d = Math.multiplyExact(d, TEN_POWERS[-shift]);
            }
            long quotient = n / d;
            long remainder = Math.abs(n - quotient * d);
            if (remainder >= d - remainder) { // HALF_UP: away from zero from the half on
                quotient += Long.signum(n);
            }
            return BigDecimal.valueOf(quotient, scale);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /**
     * A decimal for display: exact when the fraction terminates in base 10, otherwise rounded HALF_UP
     * to {@code maxScale} digits; trailing zeros removed.
     */
    public BigDecimal toDecimal(int maxScale) {
        BigDecimal result;
        if (bigNum == null) {
            if (den == 1) {
                return BigDecimal.valueOf(num);
            }
            long d = den;
            int twos = Long.numberOfTrailingZeros(d);
            d >>>= twos;
            int fives = 0;
            while (d % 5 == 0) {
                d /= 5;
                fives++;
            }
            result = d == 1
                    ? BigDecimal.valueOf(num)
                            .divide(BigDecimal.valueOf(den), Math.max(twos, fives), RoundingMode.UNNECESSARY)
                    : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), maxScale, RoundingMode.HALF_UP);
        } else {
            BigInteger d = bigDen;
            int twos = d.getLowestSetBit();
            d = d.shiftRight(twos);
            int fives = 0;
            BigInteger five = BigInteger.valueOf(5);
            while (d.mod(five).signum() == 0) {
                d = d.divide(five);
                fives++;
            }
            BigDecimal n = new BigDecimal(bigNum);
            result = d.equals(BigInteger.ONE)
                    ? n.divide(new BigDecimal(bigDen), Math.max(twos, fives), RoundingMode.UNNECESSARY)
                    : n.divide(new BigDecimal(bigDen), maxScale, RoundingMode.HALF_UP);
        }
        result = result.stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    @Override
    public int compareTo(Fraction o) {
        if (bigNum == null && o.bigNum == null) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            try {
                return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fraction f)) {
            return false;
        }
        if (bigNum == null || f.bigNum == null) { // a long and a big form are never equal (see of)
            return bigNum == null && f.bigNum == null && num == f.num && den == f.den;
        }
        return bigNum.equals(f.bigNum) && bigDen.equals(f.bigDen);
    }

    @Override
    public int hashCode() {
        return bigNum == null
                ? 31 * Long.hashCode(num) + Long.hashCode(den)
                : 31 * bigNum.hashCode() + bigDen.hashCode();
    }

    @Override
    public String toString() {
        if (bigNum == null) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }

    /** numerator/denominator reduced; denominator > 0, neither is Long.MIN_VALUE. */
    private static Fraction reduced(long numerator, long denominator) {
        if (numerator == 0) {
            return ZERO;
        }
        if (numerator == Long.MIN_VALUE) { // cannot be negated: exact form
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        long g = gcd(Math.abs(numerator), denominator);
        return new Fraction(numerator / g, denominator / g);
    }

    /** gcd of two non-negative longs, not both 0 (binary GCD). */
    private static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        if (a == 1 || b == 1) { // an integer factor or unit fraction: the common case, no loop
            return 1;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        do {
            b >>>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    private static boolean fitsLong(BigInteger value) {
        return value.bitLength() < 64 && value.longValue() != Long.MIN_VALUE;
    }
}
