package org.bss.billing.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A remembered string's bytes come back for an equal string only, until a string in the same slot replaces it. */
class RecentStringsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void equalStringsHitAndOthersMiss() {
        RecentStrings cache = new RecentStrings(4);
        byte[] buf = bytes("xx-user-7-yy");
        cache.remember("user-7", buf, 3, 9);
        assertThat(cache.get("user-7")).isEqualTo(bytes("user-7"));
        assertThat(cache.get(new String("user-7"))).isEqualTo(bytes("user-7")); // equal, not the same object
        assertThat(cache.get("user-8")).isNull();
    }

    @Test
    void aStringInTheSameSlotReplacesTheBytes() {
        RecentStrings cache = new RecentStrings(0); // one slot
        cache.remember("a", bytes("a"), 0, 1);
        cache.remember("b", bytes("b"), 0, 1);
        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isEqualTo(bytes("b"));
    }
}
