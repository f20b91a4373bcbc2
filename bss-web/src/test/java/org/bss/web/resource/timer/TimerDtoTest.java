package org.bss.web.resource.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bss.timer.TimerExpiration;
import org.bss.timer.TimerKind;
import org.junit.jupiter.api.Test;

class TimerDtoTest {

    @Test
    void aScheduledTimerShowsItsExpirationAndLastRunAsInstants() {
        TimerDto dto = TimerDto.of(new TimerExpiration(
                TimerKind.BILLING,
                Instant.parse("2027-01-05T00:00:00Z"),
                "86400000",
                345_600_000L,
                Instant.parse("2027-01-04T00:00:01.500Z"),
                "no handler deployed for BILLING"));

        assertThat(dto.kind).isEqualTo("BILLING");
        assertThat(dto.enabled).isTrue();
        assertThat(dto.nextExpiration).isEqualTo("2027-01-05T00:00:00Z");
        assertThat(dto.interval).isEqualTo("86400000");
        assertThat(dto.offsetMillis).isEqualTo(345_600_000L);
        assertThat(dto.lastRunAt).isEqualTo("2027-01-04T00:00:01.500Z");
        assertThat(dto.lastError).isEqualTo("no handler deployed for BILLING");
    }

    @Test
    void aDisabledTimerHasNoExpiration() {
        TimerDto dto = TimerDto.of(new TimerExpiration(TimerKind.ORGANIZATION, null, null, 0, null, null));

        assertThat(dto.enabled).isFalse();
        assertThat(dto.nextExpiration).isNull();
        assertThat(dto.interval).isNull();
        assertThat(dto.lastRunAt).isNull();
    }
}
