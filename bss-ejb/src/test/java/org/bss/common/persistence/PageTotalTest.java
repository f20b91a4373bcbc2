package org.bss.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageTotalTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final LongSupplier count = this::count;

    private long count() {
        counted.incrementAndGet();
        return 57;
    }

    @Test
    void aPageThatIsNotFullEndsTheListAndNeedsNoCount() {
        assertThat(PageTotal.of(7, 50, 20, count)).isEqualTo(57);
        assertThat(PageTotal.of(3, 0, 50, count)).isEqualTo(3);
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageOrOnePastTheEndIsCounted() {
        assertThat(PageTotal.of(20, 0, 20, count)).isEqualTo(57);
        assertThat(PageTotal.of(0, 100, 20, count)).isEqualTo(57);
        assertThat(counted).hasValue(2);
    }
}
