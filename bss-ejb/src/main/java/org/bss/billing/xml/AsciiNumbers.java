package org.bss.billing.xml;

/**
 * Numbers written as ASCII digits straight into a byte array, without building Strings or BigDecimals: the
 * XML is mostly numbers, so this is where the writer spends its time. Each method returns the position after
 * what it wrote; the caller ensures room ({@link #MAX_LONG_LENGTH}, {@link #MAX_SCALED_LENGTH},
 * {@link #MAX_FRACTION_LENGTH}).
 */
final class AsciiNumbers {
    static final int MAX_LONG_LENGTH = 20;
    /** Sign, 18 digits, point and up to 17 leading zeros of a scale-18 value below 1. */
    static final int MAX_SCALED_LENGTH = 40;
    /** Sign, 19 integer digits, point, 16 fraction digits. */
    static final int MAX_FRACTION_LENGTH = 40;
    /** Fraction digits of a factor that is not a finite decimal ({@code Fraction.toDecimal(16)}). */
    static final int FRACTION_DIGITS = 16;

    private static final long[] TEN_POWERS = new long[19];
    /** "00" "01" ... "99" as ASCII, two bytes each. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    private static final long EIGHT_DIGITS = 100_000_000L;
    /** Largest denominator for which remainder × 10^8 cannot overflow. */
    private static final long MAX_FAST_DENOMINATOR = Long.MAX_VALUE / EIGHT_DIGITS;

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private AsciiNumbers() {}

    /** As {@link Long#toString(long)}. */
    static int writeLong(long value, byte[] buf, int pos) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) { // cannot be negated
                return writeMinValue(buf, pos);
            }
            buf[pos++] = '-';
            value = -value;
        }
        return writeDigits(value, digitCount(value), buf, pos);
    }

    /**
     * {@code unscaled × 10^-scale} as {@link java.math.BigDecimal#toPlainString()} prints it, for
     * 0 ≤ scale ≤ 18 and |unscaled| < 10^18.
     */
    static int writeScaled(long unscaled, int scale, byte[] buf, int pos) {
        if (unscaled < 0) {
            buf[pos++] = '-';
            unscaled = -unscaled;
        }
        if (scale == 0) {
            return writeDigits(unscaled, digitCount(unscaled), buf, pos);
        }
        if (scale == 2 && unscaled < Integer.MAX_VALUE) { // the usual amount: int arithmetic, constant divisor
            int cents = (int) unscaled;
            int whole = cents / 100;
            int pair = (cents - whole * 100) * 2;
            pos = writeInt(whole, buf, pos);
            buf[pos] = '.';
            buf[pos + 1] = DIGIT_PAIRS[pair];
            buf[pos + 2] = DIGIT_PAIRS[pair + 1];
            return pos + 3;
        }
        long unit = TEN_POWERS[scale];
        long whole = unscaled / unit;
        pos = writeDigits(whole, digitCount(whole), buf, pos);
        buf[pos++] = '.';
        return writeDigits(unscaled - whole * unit, scale, buf, pos); // with leading zeros
    }

    /**
     * numerator/denominator (reduced, denominator > 0) as {@code Fraction.toDecimal(16).toPlainString()}:
     * exact if it is a finite decimal, else rounded HALF_UP to 16 digits, trailing zeros removed. Returns -1
     * (nothing written) outside the long fast path: a large denominator or a finite decimal of more than 16
     * fraction digits.
     */
    static int writeFraction(long numerator, long denominator, byte[] buf, int pos) {
        if (denominator > MAX_FAST_DENOMINATOR || numerator == Long.MIN_VALUE) {
            return -1;
        }
        long magnitude = Math.abs(numerator);
        long whole = magnitude / denominator;
        long rest = magnitude - whole * denominator;
        // 16 fraction digits in two steps of 8, so that rest × 10^8 stays within a long
        long high = rest * EIGHT_DIGITS / denominator;
        rest = rest * EIGHT_DIGITS - high * denominator;
        long low = rest * EIGHT_DIGITS / denominator;
        rest = rest * EIGHT_DIGITS - low * denominator;
        long digits = high * EIGHT_DIGITS + low;
        if (rest != 0) {
            if (isFiniteDecimal(denominator)) { // exact, but longer than 16 digits
                return -1;
            }
            if (2 * rest >= denominator && ++digits == TEN_POWERS[FRACTION_DIGITS]) { // HALF_UP, carry
                digits = 0;
                whole++;
            }
        }
        if (numerator < 0 && (whole != 0 || digits != 0)) {
            buf[pos++] = '-';
        }
        pos = writeDigits(whole, digitCount(whole), buf, pos);
        if (digits != 0) {
            int length = FRACTION_DIGITS;
            while (digits % 10 == 0) {
                digits /= 10;
                length--;
            }
            buf[pos++] = '.';
            pos = writeDigits(digits, length, buf, pos);
        }
        return pos;
    }

    /** Only 2s and 5s as prime factors: the fraction ends in base 10. */
    private static boolean isFiniteDecimal(long denominator) {
        long d = denominator >>> Long.numberOfTrailingZeros(denominator);
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    /** 0 ≤ value, without leading zeros. */
    private static int writeInt(int value, byte[] buf, int pos) {
        int end = pos + intDigitCount(value);
        writeIntDigits(value, pos, end, buf);
        return end;
    }

    /** Decimal digits of 0 ≤ value (1 for 0); amounts are mostly small, so the comparisons start low. */
    private static int intDigitCount(int value) {
        if (value < 10_000) {
            return value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4);
        }
        return digitCount(value);
    }

    /** Decimal digits of 0 ≤ value (1 for 0). */
    private static int digitCount(long value) {
        // floor(log10) from the bit length (1233/4096 ≈ log10 2), corrected by one comparison: no loop
        int t = ((64 - Long.numberOfLeadingZeros(value | 1)) * 1233) >>> 12;
        return t < TEN_POWERS.length && value >= TEN_POWERS[t] ? t + 1 : Math.max(t, 1);
    }

    /** The low {@code length} digits of 0 ≤ value, zero-padded on the left. */
    private static int writeDigits(long value, int length, byte[] buf, int pos) {
        int end = pos + length;
        int i = end;
        while (i - pos > 8) { // one long division per 8 digits, the rest in int arithmetic
            long q = value / EIGHT_DIGITS;
            writeIntDigits((int) (value - q * EIGHT_DIGITS), i - 8, i, buf);
            value = q;
            i -= 8;
        }
        writeIntDigits((int) value, pos, i, buf);
        return end;
    }

    /** 0 ≤ value < 10^(to − from) into buf[from, to), two digits per division. */
    private static void writeIntDigits(int value, int from, int to, byte[] buf) {
        int i = to;
        while (i - from >= 2) {
            int q = value / 100;
            int pair = (value - q * 100) * 2;
            value = q;
            buf[--i] = DIGIT_PAIRS[pair + 1];
            buf[--i] = DIGIT_PAIRS[pair];
        }
        if (i > from) {
            buf[--i] = (byte) ('0' + value);
        }
    }

    private static int writeMinValue(byte[] buf, int pos) {
        String text = Long.toString(Long.MIN_VALUE);
        for (int i = 0; i < text.length(); i++) {
            buf[pos++] = (byte) text.charAt(i);
        }
        return pos;
    }
}
