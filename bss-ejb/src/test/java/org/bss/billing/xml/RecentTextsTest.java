package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A remembered text comes back for its own key only, until a key sharing its slot replaces it. */
class RecentTextsTest {

    private static byte[] text(long a, long b) {
        return (a + "/" + b).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void hitsMissesAndEvictions() {
        RecentTexts cache = new RecentTexts(2); // 4 slots
        assertThat(cache.get(0, 0)).isNull(); // empty slots hold key (0, 0) but no text
        SplittableRandom random = new SplittableRandom(7);
        long[][] pool = new long[10][]; // more keys than slots: hits and evictions
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new long[] {random.nextLong(-3, 3), random.nextLong(-3, 3)};
        }
        int hits = 0;
        for (int i = 0; i < 20_000; i++) {
            long[] key = pool[random.nextInt(pool.length)];
            byte[] cached = cache.get(key[0], key[1]);
            if (cached != null) {
                hits++;
                assertThat(cached).isEqualTo(text(key[0], key[1]));
            } else {
                byte[] buf = new byte[64];
                byte[] t = text(key[0], key[1]);
                System.arraycopy(t, 0, buf, 3, t.length);
                cache.remember(key[0], key[1], buf, 3, 3 + t.length);
                assertThat(cache.get(key[0], key[1])).isEqualTo(t);
            }
        }
        assertThat(hits).isPositive();
    }

    @Test
    void aKeyInTheSameSlotReplacesTheText() {
        RecentTexts cache = new RecentTexts(0); // one slot
        byte[] buf = "abc".getBytes(StandardCharsets.US_ASCII);
        cache.remember(1, 1, buf, 0, 1);
        assertThat(cache.get(1, 1)).containsExactly((byte) 'a');
        assertThat(cache.get(1, 2)).isNull();
        cache.remember(2, 2, buf, 1, 3);
        assertThat(cache.get(1, 1)).isNull();
        assertThat(cache.get(2, 2)).containsExactly((byte) 'b', (byte) 'c');
    }
}
