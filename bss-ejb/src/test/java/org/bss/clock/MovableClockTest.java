package org.bss.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private final Instant t0 = Instant.parse("2025-01-05T14:30:00Z");
    private final MovableClock clock = new MovableClock(Clock.fixed(t0, ZoneOffset.UTC));

    @Test
    void withoutOffsetItIsTheBaseClock() {
        assertThat(clock.instant()).isEqualTo(t0);
        assertThat(clock.millis()).isEqualTo(t0.toEpochMilli());
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    }

    @Test
    void offsetMovesEveryView() {
        Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
        clock.setOffset(Duration.ofDays(3));
        assertThat(clock.instant()).isEqualTo(t0.plus(Duration.ofDays(3)));
        assertThat(tokyo.instant()).isEqualTo(t0.plus(Duration.ofDays(3)));
        assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(clock.millis()).isEqualTo(t0.plus(Duration.ofDays(3)).toEpochMilli());
        clock.setOffset(Duration.ZERO);
        assertThat(tokyo.instant()).isEqualTo(t0);
    }

    @Test
    void sameZoneViewIsItself() {
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        assertThat(clock.toString()).contains("offset");
    }
}
