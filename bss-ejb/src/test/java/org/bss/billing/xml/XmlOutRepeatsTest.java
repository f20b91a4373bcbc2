package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.bss.billing.time.Fraction;
import org.junit.jupiter.api.Test;

/** Periods and factors copied from the writer's recent texts read exactly as freshly formatted ones. */
class XmlOutRepeatsTest {

    private static String once(Instant s, Instant e, Fraction f) {
        XmlOut x = new XmlOut(4);
        x.period("P", s, e);
        x.empty("F").factor("f", f);
        x.endDocument();
        return new String(x.bytes(), 0, x.length(), StandardCharsets.UTF_8);
    }

    @Test
    void repeatedPeriodsAndFactors() {
        XmlOut x = new XmlOut(4); // tiny: copies must grow the buffer too
        SplittableRandom random = new SplittableRandom(11);
        Instant[] instants = new Instant[12];
        for (int i = 0; i < instants.length; i++) {
            long ms = random.nextLong(-62_167_219_200_000L, 253_402_300_800_000L);
            instants[i] = i % 4 == 0
                    ? Instant.ofEpochSecond(ms / 1000, random.nextInt(1_000_000_000)) // sub-ms
                    : Instant.ofEpochMilli(ms);
        }
        Fraction[] factors = {
            Fraction.of(1, 3),
            Fraction.of(11, 31),
            Fraction.of(5),
            Fraction.ZERO,
            Fraction.of(-7, 8),
            Fraction.of(1, 1L << 40),
            Fraction.of(2, 3),
            Fraction.of(744, 743),
            Fraction.of(3, 4),
            Fraction.of(10, 7)
        };
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            Instant s = instants[random.nextInt(instants.length)];
            Instant e = instants[random.nextInt(instants.length)];
            Fraction f = factors[random.nextInt(factors.length)];
            x.period("P", s, e);
            x.empty("F").factor("f", f);
            expected.append(once(s, e, f));
        }
        x.endDocument();
        assertThat(new String(x.bytes(), 0, x.length(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
