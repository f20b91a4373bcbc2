package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bss.billing.time.Fraction;
import org.junit.jupiter.api.Test;

/** The direct writer keeps the conventions of the StAX writer it replaced. */
class XmlOutTest {

    private static String text(XmlOut x) {
        return new String(x.bytes(), 0, x.length(), StandardCharsets.UTF_8);
    }

    @Test
    void markupEscapingAndValues() {
        XmlOut x = new XmlOut(8); // tiny: forces growth
        x.startDocument();
        x.start("A")
                .attr("s", "a&b<c>d\"e'f")
                .attr("u", "ä€😀<")
                .attr("none", (String) null)
                .attr("n", -42L);
        x.empty("B")
                .decimal("d", new BigDecimal("-0.05"))
                .decimal("z", new BigDecimal("0.00"))
                .decimal("i", new BigDecimal("12"))
                .decimal("e", new BigDecimal("1E+3"))
                .decimal("big", new BigDecimal("12345678901234567890.123456"))
                .factor("f", Fraction.of(1, 3))
                .factor("g", Fraction.of(3, 8));
        x.start("C");
        x.end();
        x.textElement("T", "x & y < z > \"q\" ü");
        x.period("P", Instant.ofEpochMilli(1_354_316_400_000L), Instant.ofEpochMilli(1_354_316_400_123L));
        x.endDocument();
        assertThat(text(x))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><A s=\"a&amp;b&lt;c&gt;d&quot;e'f\""
                        + " u=\"ä€😀&lt;\" n=\"-42\"><B d=\"-0.05\" z=\"0.00\" i=\"12\" e=\"1000\""
                        + " big=\"12345678901234567890.123456\" f=\"0.3333333333333333\" g=\"0.375\"/><C></C>"
                        + "<T>x &amp; y &lt; z &gt; \"q\" ü</T><P startDate=\"1354316400000\""
                        + " startDateIsoFormat=\"2012-11-30T23:00:00Z\" endDate=\"1354316400123\""
                        + " endDateIsoFormat=\"2012-11-30T23:00:00.123Z\"/></A>");
        x.reset();
        x.startDocument();
        x.empty("R");
        x.endDocument();
        assertThat(text(x)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><R/>");
    }

    @Test
    void aRepeatedStringIsEscapedForWhereItIsWritten() {
        XmlOut x = new XmlOut(64);
        String value = "a\"b&c";
        for (int i = 0; i < 2; i++) { // the second round copies remembered bytes
            x.empty("E").attr("v", value);
            x.textElement("T", value);
        }
        x.endDocument();
        assertThat(text(x))
                .isEqualTo("<E v=\"a&quot;b&amp;c\"/><T>a\"b&amp;c</T><E v=\"a&quot;b&amp;c\"/><T>a\"b&amp;c</T>");
    }
}
