package org.bss.billing.xml;

/**
 * {@link java.time.Instant#toString()} of an epoch-millisecond instant in years 0000..9999, written as ASCII
 * without going through {@code DateTimeFormatter}: {@code 2012-12-01T00:00:00Z}, or with {@code .SSS} when
 * the milliseconds are not 0 (the JDK prints fractions in groups of three digits).
 */
final class IsoInstant {
    static final int MAX_LENGTH = 24; // 2012-12-01T00:00:00.123Z
    private static final long DAY_MS = 86_400_000L;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch ms. */
    private static final long MIN = -62_167_219_200_000L;

    private static final long MAX = 253_402_300_800_000L;

    private IsoInstant() {}

    /** Writes into {@code out} at {@code at}; returns the length, or -1 outside years 0000..9999. */
    static int format(long epochMilli, byte[] out, int at) {
        if (epochMilli < MIN || epochMilli >= MAX) {
            return -1;
        }
        long epochDay = Math.floorDiv(epochMilli, DAY_MS);
        int msOfDay = (int) Math.floorMod(epochMilli, DAY_MS);
        // civil-from-days (proleptic Gregorian), as in java.time.LocalDate.ofEpochDay
        long zeroDay = epochDay + 719_528 - 60;
        long era = Math.floorDiv(zeroDay, 146_097);
        long doe = zeroDay - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        int p = at;
        p = two(out, two(out, p, year / 100), year % 100);
        out[p++] = '-';
        p = two(out, p, month);
        out[p++] = '-';
        p = two(out, p, day);
        out[p++] = 'T';
        p = two(out, p, msOfDay / 3_600_000);
        out[p++] = ':';
        p = two(out, p, msOfDay / 60_000 % 60);
        out[p++] = ':';
        p = two(out, p, msOfDay / 1000 % 60);
        int ms = msOfDay % 1000;
        if (ms != 0) {
            out[p++] = '.';
            out[p++] = (byte) ('0' + ms / 100);
            p = two(out, p, ms % 100);
        }
        out[p++] = 'Z';
        return p - at;
    }

    private static int two(byte[] out, int p, int value) {
        out[p] = (byte) ('0' + value / 10);
        out[p + 1] = (byte) ('0' + value % 10);
        return p + 2;
    }
}
