package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pre-encoded names: the markup variants, and the fused tag copies in {@link XmlOut} for every state. */
class XmlNameTest {

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }

    @Test
    void markupVariants() {
        XmlName n = XmlName.of("PeriodFee");
        assertThat(ascii(n.open)).isEqualTo("/><PeriodFee");
        assertThat(ascii(n.close)).isEqualTo("/></PeriodFee>");
        assertThat(ascii(n.attribute)).isEqualTo(" PeriodFee=\"");
        assertThat(n).hasToString("PeriodFee");
    }

    @Test
    void rejectsNamesThatWouldNeedEscaping() {
        assertThatThrownBy(() -> XmlName.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlName.of("a\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlName.of("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlName.of("ä")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsAfterEveryState() {
        XmlName a = XmlName.of("A");
        XmlName b = XmlName.of("B");
        XmlOut x = new XmlOut(2); // tiny: every copy must grow the buffer
        x.start(a).attr(b, 1L); // start tag open
        x.empty(b); // closes it with ">"
        x.empty(b).attr(a, "v"); // closes the empty tag with "/>"
        x.start(b); // after an empty tag
        x.end(); // right after a start tag: "></B>"
        x.start(b).empty(a);
        x.end(); // after an empty tag: "/></B>"
        x.start(b).text("t");
        x.end(); // after content: "</B>"
        x.endDocument();
        assertThat(new String(x.bytes(), 0, x.length(), StandardCharsets.UTF_8))
                .isEqualTo("<A B=\"1\"><B/><B A=\"v\"/><B></B><B><A/></B><B>t</B></A>");
    }
}
