package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {
    private static final long SEED = 1_356_994_800_000L;

    private static String format(long epochMilli) {
        byte[] out = new byte[IsoInstant.MAX_LENGTH];
        int n = IsoInstant.format(epochMilli, out, 0);
        return n < 0 ? null : new String(out, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void isInstantToString() {
        Random r = new Random(SEED);
        System.out.println("IsoInstantTest seed = " + SEED);
        long min = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
        long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        long[] edges = {0, -1, 1, 999, 1000, min, max, 951_782_400_000L, 4_107_542_400_000L, -2_203_891_200_000L};
        for (long t : edges) {
            assertThat(format(t)).as("%d", t).isEqualTo(Instant.ofEpochMilli(t).toString());
        }
        for (int i = 0; i < 100_000; i++) {
            long t = min + (long) (r.nextDouble() * (max - min));
            if (r.nextBoolean()) {
                t -= t % 1000; // whole seconds: no fraction printed
            }
            assertThat(format(t)).as("%d", t).isEqualTo(Instant.ofEpochMilli(t).toString());
        }
        assertThat(format(min - 1)).isNull();
        assertThat(format(max + 1)).isNull();
    }
}
