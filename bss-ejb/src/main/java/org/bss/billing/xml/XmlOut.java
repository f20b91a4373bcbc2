package org.bss.billing.xml;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.bss.billing.time.Fraction;

/**
 * A small streaming XML writer for the billing format, writing UTF-8 straight into a growable byte buffer,
 * with the original format's value conventions (epoch-ms dates with ISO twins, plain decimals). It produces
 * what the StAX writer produced before (same declaration, {@code <a/>} for empty elements, {@code <a></a>}
 * for started elements without content, {@code & < >} escaped in text and {@code & < > "} in attribute
 * values) at a fraction of the cost. Not thread-safe: one per document (or reused via {@link #reset()}).
 */
final class XmlOut {
    /** Digits kept for a factor that is not a finite decimal (e.g. 1/3); the exact value is in the result. */
    private static final int FACTOR_DIGITS = 16;

    /** Room for the longest number or ISO date an attribute value can be, and its closing quote. */
    private static final int VALUE_ROOM = 1
            + Math.max(
                    Math.max(AsciiNumbers.MAX_SCALED_LENGTH, AsciiNumbers.MAX_FRACTION_LENGTH),
                    Math.max(AsciiNumbers.MAX_LONG_LENGTH, IsoInstant.MAX_LENGTH));

    /** ASCII characters written as they are in text and attribute values. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"';
        }
    }

    private byte[] buf;
    private int pos;
    private static final XmlName START_DATE = XmlName.of("startDate");
    private static final XmlName START_DATE_ISO = XmlName.of("startDateIsoFormat");
    private static final XmlName END_DATE = XmlName.of("endDate");
    private static final XmlName END_DATE_ISO = XmlName.of("endDateIsoFormat");

    private XmlName[] open = new XmlName[16];
    private int depth;
    /**
     * {@link XmlName#AFTER_EMPTY} or {@link XmlName#AFTER_START} while "<name" is written and attributes may
     * follow (closed by the next content with "/>" or ">"), else {@link XmlName#AFTER_CONTENT}.
     */
    private int state = XmlName.AFTER_CONTENT;

    private final RecentIsoInstants isoTexts = new RecentIsoInstants();
    /** The four attributes of recent periods, by (start, end) epoch ms. */
    private final RecentTexts periods = new RecentTexts(4);
    /** The decimal text of recent factors, by (numerator, denominator). */
    private final RecentTexts factors = new RecentTexts(4);
    /** Recent attribute values and texts (ids, currencies, customer details), escaped. */
    private final RecentStrings attributeValues = new RecentStrings(6);

    private final RecentStrings texts = new RecentStrings(4);

    XmlOut(int capacity) {
        buf = new byte[capacity];
    }

    void reset() {
        pos = 0;
        depth = 0;
        state = XmlName.AFTER_CONTENT;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return pos;
    }

    int capacity() {
        return buf.length;
    }

    void startDocument() {
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Closes every element still open. */
    void endDocument() {
        while (depth > 0) {
            end();
        }
        closeTag();
    }

    XmlOut start(String name) {
        return start(XmlName.of(name));
    }

    XmlOut start(XmlName name) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = name;
        tag(name.open, XmlName.AFTER_START);
        return this;
    }

    XmlOut empty(String name) {
        return empty(XmlName.of(name));
    }

    XmlOut empty(XmlName name) {
        tag(name.open, XmlName.AFTER_EMPTY);
        return this;
    }

    /** The end tag, with whatever closes a still open start tag in the same copy. */
    void end() {
        byte[] markup = open[--depth].close;
        int from = state;
        int n = markup.length - from;
        ensure(n + 1);
        System.arraycopy(markup, from, buf, pos, n);
        pos += n;
        state = XmlName.AFTER_CONTENT;
    }

    void text(String value) {
        closeTag();
        escaped(value, false);
    }

    XmlOut attr(String name, String value) {
        return attr(XmlName.of(name), value);
    }

    XmlOut attr(XmlName name, String value) {
        if (value != null) {
            attributeName(name);
            escaped(value, true);
            buf[pos++] = '"';
        }
        return this;
    }

    XmlOut attr(String name, long value) {
        return attr(XmlName.of(name), value);
    }

    XmlOut attr(XmlName name, long value) {
        attributeName(name);
        digits(value);
        buf[pos++] = '"';
        return this;
    }

    /** A decimal as {@link BigDecimal#toPlainString()} would print it, without building the string. */
    XmlOut decimal(String name, BigDecimal value) {
        return decimal(XmlName.of(name), value);
    }

    /** A decimal as {@link BigDecimal#toPlainString()} would print it, without building the string. */
    XmlOut decimal(XmlName name, BigDecimal value) {
        if (value == null) {
            return this;
        }
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return attr(name, value.toPlainString());
        }
        attributeName(name);
        long unscaled = value.scaleByPowerOfTen(scale).longValueExact(); // the unscaled value, < 10^18
        pos = AsciiNumbers.writeScaled(unscaled, scale, buf, pos);
        buf[pos++] = '"';
        return this;
    }

    /** A factor's decimal text ({@link Fraction#toDecimal(int)} with 16 digits), from its long terms. */
    XmlOut factor(String name, Fraction value) {
        return factor(XmlName.of(name), value);
    }

    /** A factor's decimal text ({@link Fraction#toDecimal(int)} with 16 digits), from its long terms. */
    XmlOut factor(XmlName name, Fraction value) {
        if (value.hasLongTerms()) {
            attributeName(name);
            long num = value.longNumerator();
            long den = value.longDenominator();
            if (copy(factors.get(num, den))) {
                buf[pos++] = '"';
                return this;
            }
            int end = AsciiNumbers.writeFraction(num, den, buf, pos);
            if (end >= 0) {
                factors.remember(num, den, buf, pos, end);
                pos = end;
                buf[pos++] = '"';
                return this;
            }
            pos -= name.attribute.length; // take back ` name="`: the exact path below writes it again
        }
        return attr(name, value.toDecimal(FACTOR_DIGITS).toPlainString());
    }

    /** A constant's name (an ASCII Java identifier by construction): nothing to escape. */
    XmlOut attr(String name, Enum<?> value) {
        return attr(XmlName.of(name), value);
    }

    /** A constant's name (an ASCII Java identifier by construction): nothing to escape. */
    XmlOut attr(XmlName name, Enum<?> value) {
        attributeName(name);
        ascii(value.name());
        buf[pos++] = '"';
        return this;
    }

    /** Start and end as epoch milliseconds plus their ISO-8601 twins. */
    XmlOut period(String name, Instant start, Instant end) {
        return period(XmlName.of(name), start, end);
    }

    /** Start and end as epoch milliseconds plus their ISO-8601 twins. */
    XmlOut period(XmlName name, Instant start, Instant end) {
        empty(name);
        long s = start.toEpochMilli();
        long e = end.toEpochMilli();
        // whole milliseconds: the four attributes depend on (s, e) only
        boolean cacheable = wholeMillis(start) && wholeMillis(end);
        if (cacheable && copy(periods.get(s, e))) {
            return this;
        }
        int from = pos;
        attr(START_DATE, s);
        isoAttr(START_DATE_ISO, start, s);
        attr(END_DATE, e);
        isoAttr(END_DATE_ISO, end, e);
        if (cacheable) {
            periods.remember(s, e, buf, from, pos);
        }
        return this;
    }

    /** Writes a remembered text (room for one more byte kept); false if there is none. */
    private boolean copy(byte[] text) {
        if (text == null) {
            return false;
        }
        ensure(text.length + 1);
        System.arraycopy(text, 0, buf, pos, text.length);
        pos += text.length;
        return true;
    }

    void textElement(String name, String value) {
        textElement(XmlName.of(name), value);
    }

    void textElement(XmlName name, String value) {
        start(name);
        text(value);
        end();
    }

    // JavaInstantGetSecondsGetNano: only the part below the millisecond is asked for, and getNano is exactly that
    @SuppressWarnings("JavaInstantGetSecondsGetNano")
    private static boolean wholeMillis(Instant instant) {
        return instant.getNano() % 1_000_000 == 0;
    }

    private void isoAttr(XmlName name, Instant instant, long epochMilli) {
        attributeName(name);
        int written = isoTexts.format(epochMilli, buf, pos);
        if (written < 0 || !wholeMillis(instant)) { // outside the fast form: the JDK's own text
            escapedNow(instant.toString(), true);
        } else {
            pos += written;
        }
        buf[pos++] = '"';
    }

    /** "<name" from {@link XmlName#open}, after what closes a still open start tag: one copy. */
    private void tag(byte[] markup, int newState) {
        int from = state;
        int n = markup.length - from;
        ensure(n + 2);
        System.arraycopy(markup, from, buf, pos, n);
        pos += n;
        state = newState;
    }

    private void closeTag() {
        if (state != XmlName.AFTER_CONTENT) {
            ensure(2);
            if (state == XmlName.AFTER_EMPTY) {
                buf[pos++] = '/';
            }
            buf[pos++] = '>';
            state = XmlName.AFTER_CONTENT;
        }
    }

    /**
     * {@code  name="} ; the caller writes the value and the closing quote. Room is kept for any number or
     * date value ({@link #VALUE_ROOM}), so those writers need no check of their own.
     */
    private void attributeName(XmlName name) {
        byte[] markup = name.attribute;
        int n = markup.length;
        ensure(n + VALUE_ROOM);
        System.arraycopy(markup, 0, buf, pos, n);
        pos += n;
    }

    /** Element and attribute names and fixed markup: ASCII by construction. */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) keeps the low 8 bits: exact for ASCII
    private void ascii(String s) {
        int n = s.length();
        ensure(n + 1);
        s.getBytes(0, n, buf, pos);
        pos += n;
    }

    /** {@code s} escaped, its bytes copied from {@link RecentStrings} when it was written lately. */
    private void escaped(String s, boolean attribute) {
        if (s.length() > RecentStrings.MAX_LENGTH) {
            escapedNow(s, attribute);
            return;
        }
        RecentStrings recent = attribute ? attributeValues : texts;
        if (!copy(recent.get(s))) {
            int from = pos;
            escapedNow(s, attribute);
            recent.remember(s, buf, from, pos);
        }
    }

    private void escapedNow(String s, boolean attribute) {
        int n = s.length();
        int plain = 0;
        while (plain < n && isPlain(s.charAt(plain))) {
            plain++;
        }
        ascii(plain == n ? s : s.substring(0, plain)); // the usual case: the whole value
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) { // rare: encode the rest as UTF-8
                escapedUtf8(s, i, attribute);
                return;
            }
            ensure(n - i + 1);
            switch (c) {
                case '&' -> entity("&amp;", n - i);
                case '<' -> entity("&lt;", n - i);
                case '>' -> entity("&gt;", n - i);
                case '"' -> {
                    if (attribute) {
                        entity("&quot;", n - i);
                    } else {
                        buf[pos++] = '"';
                    }
                }
                default -> buf[pos++] = (byte) c;
            }
        }
        ensure(1);
    }

    /** ASCII that needs no escaping in text or attribute values. */
    private static boolean isPlain(char c) {
        return c < 0x80 && PLAIN[c];
    }

    private void escapedUtf8(String s, int from, boolean attribute) {
        StringBuilder rest = new StringBuilder(s.length() - from + 16);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> rest.append("&amp;");
                case '<' -> rest.append("&lt;");
                case '>' -> rest.append("&gt;");
                case '"' -> rest.append(attribute ? "&quot;" : "\"");
                default -> rest.append(c);
            }
        }
        byte[] utf8 = rest.toString().getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length + 1);
        System.arraycopy(utf8, 0, buf, pos, utf8.length);
        pos += utf8.length;
    }

    /** An entity in place of one character, with room kept for the {@code remaining} characters after it. */
    private void entity(String entity, int remaining) {
        ensure(entity.length() + remaining + 1);
        for (int i = 0; i < entity.length(); i++) {
            buf[pos++] = (byte) entity.charAt(i);
        }
    }

    private void digits(long value) {
        pos = AsciiNumbers.writeLong(value, buf, pos);
    }

    private void ensure(int room) {
        if (pos + room > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + room));
        }
    }
}
