package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cached or not, the text is Instant.toString() of the millisecond instant. */
class RecentIsoInstantsTest {

    @Test
    void repeatsAndEvictionsGiveTheSameText() {
        RecentIsoInstants cache = new RecentIsoInstants();
        byte[] out = new byte[64];
        SplittableRandom random = new SplittableRandom(5);
        long[] pool = new long[20]; // more than the slots: hits and evictions
        for (int i = 0; i < pool.length; i++) {
            pool[i] = random.nextLong(-62_167_219_200_000L, 253_402_300_800_000L);
        }
        for (int i = 0; i < 20_000; i++) {
            long ms = pool[random.nextInt(pool.length)];
            int length = cache.format(ms, out, 5);
            assertThat(new String(out, 5, length, StandardCharsets.US_ASCII))
                    .isEqualTo(Instant.ofEpochMilli(ms).toString());
        }
        assertThat(cache.format(253_402_300_800_000L, out, 0)).isEqualTo(-1); // year 10000: caller falls back
    }
}
