package org.bss.billing.xml;

import java.util.Arrays;

/**
 * The escaped UTF-8 bytes of recently written short strings: ids of users, roles, parameters, events and
 * services, currencies and the customer's details repeat across the documents of a run, so their bytes are
 * copied rather than scanned and escaped again. Direct-mapped by the string's (cached) hash code, one probe
 * per lookup. Not thread-safe (one per {@link XmlOut}).
 */
final class RecentStrings {
    /** Longer strings are rare and not worth the copy kept here. */
    static final int MAX_LENGTH = 64;

    private final String[] keys;
    private final byte[][] texts;
    private final int mask;

    /** {@code 2^bits} slots. */
    RecentStrings(int bits) {
        keys = new String[1 << bits];
        texts = new byte[1 << bits][];
        mask = (1 << bits) - 1;
    }

    /** The bytes remembered for {@code s}, or null. */
    byte[] get(String s) {
        int i = slot(s);
        return s.equals(keys[i]) ? texts[i] : null; // String.equals tries identity first
    }

    /** Remembers {@code buf[from, to)} as the bytes of {@code s}. */
    void remember(String s, byte[] buf, int from, int to) {
        int i = slot(s);
        keys[i] = s;
        texts[i] = Arrays.copyOfRange(buf, from, to);
    }

    private int slot(String s) {
        int h = s.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
