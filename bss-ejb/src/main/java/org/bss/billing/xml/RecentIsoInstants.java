package org.bss.billing.xml;

import java.util.Arrays;

/**
 * The ISO texts of the last few epoch-millisecond instants written: a billing run repeats the same period
 * bounds in every document (bill period, usage periods, parameter periods), so most are copied, not
 * recomputed. Not thread-safe (one per {@link XmlOut}).
 */
final class RecentIsoInstants {
    private static final int SLOTS = 8;

    private final long[] instants = new long[SLOTS];
    private final byte[][] texts = new byte[SLOTS][];
    private int next;

    /** As {@link IsoInstant#format}: writes the text at {@code at}, returns its length or -1. */
    int format(long epochMilli, byte[] out, int at) {
        for (int i = 0; i < SLOTS; i++) {
            byte[] text = texts[i];
            if (text != null && instants[i] == epochMilli) {
                System.arraycopy(text, 0, out, at, text.length);
                return text.length;
            }
        }
        int length = IsoInstant.format(epochMilli, out, at);
        if (length > 0) {
            instants[next] = epochMilli;
            texts[next] = Arrays.copyOfRange(out, at, at + length);
            next = (next + 1) % SLOTS;
        }
        return length;
    }
}
