package org.bss.billing.xml;

import java.util.Arrays;

/**
 * The encoded texts of recently written values, keyed by two longs: a billing run repeats the same period
 * bounds and factors (e.g. 11/31 for every line of one usage) many times, so their attribute bytes are
 * copied rather than formatted again. Direct-mapped (one probe per lookup; a key replaces whatever shared
 * its slot), since a lookup runs for every factor and period written. Not thread-safe (one per
 * {@link XmlOut}).
 */
final class RecentTexts {
    private final long[] firsts;
    private final long[] seconds;
    private final byte[][] texts;
    private final int mask;

    /** {@code 2^bits} slots. */
    RecentTexts(int bits) {
        int slots = 1 << bits;
        firsts = new long[slots];
        seconds = new long[slots];
        texts = new byte[slots][];
        mask = slots - 1;
    }

    /** The text remembered for (first, second), or null. */
    byte[] get(long first, long second) {
        int i = slot(first, second);
        return firsts[i] == first && seconds[i] == second ? texts[i] : null; // null too for a slot never filled
    }

    /** Remembers {@code buf[from, to)} as the text of (first, second). */
    void remember(long first, long second, byte[] buf, int from, int to) {
        int i = slot(first, second);
        firsts[i] = first;
        seconds[i] = second;
        texts[i] = Arrays.copyOfRange(buf, from, to);
    }

    /** Multiplicative hashing of both keys: high product bits spread nearby values over the slots. */
    private int slot(long first, long second) {
        return (int) ((((first * 0x9E3779B97F4A7C15L) ^ second) * 0xC2B2AE3D27D4EB4FL) >>> 40) & mask;
    }
}
