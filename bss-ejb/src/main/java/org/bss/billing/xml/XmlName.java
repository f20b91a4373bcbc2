package org.bss.billing.xml;

import java.nio.charset.StandardCharsets;

/**
 * An element or attribute name with its markup pre-encoded, so that {@link XmlOut} writes a tag, an end tag or
 * an attribute prefix with one array copy instead of encoding the name each time. The tag arrays carry the
 * markup that may close the previous start tag in front ({@code "/>"} or {@code ">"}), chosen by offset, so
 * closing one tag and opening the next is a single copy too.
 */
final class XmlName {
    /** Offsets into {@link #open} and {@link #close}: after an empty tag, after a start tag, after content. */
    static final int AFTER_EMPTY = 0;

    static final int AFTER_START = 1;
    static final int AFTER_CONTENT = 2;

    final String name;
    /** {@code /><name} */
    final byte[] open;
    /** {@code /></name>} */
    final byte[] close;
    /** {@code  name="} */
    final byte[] attribute;

    private XmlName(String name) {
        this.name = name;
        this.open = ascii("/><" + name);
        this.close = ascii("/></" + name + ">");
        this.attribute = ascii(" " + name + "=\"");
    }

    /** Names are fixed by the format: plain ASCII, checked here once instead of escaped on every write. */
    static XmlName of(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty XML name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-'
                    || c == '.'
                    || c == ':')) {
                throw new IllegalArgumentException("not a plain ASCII XML name: " + name);
            }
        }
        return new XmlName(name);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return name;
    }
}
