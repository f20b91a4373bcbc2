package org.bss.portal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.bss.timer.TimerExpiration;
import org.bss.timer.TimerKind;
import org.junit.jupiter.api.Test;

class TimerRowTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aScheduledTimerShowsItsTimesInThePlatformZoneWithTheOffset() {
        TimerRow row = new TimerRow(
                new TimerExpiration(
                        TimerKind.ORGANIZATION,
                        Instant.parse("2027-01-01T15:05:00Z"),
                        "86400000",
                        300_000L,
                        Instant.parse("2026-12-31T15:05:00.750Z"),
                        "IllegalStateException: boom"),
                "Unconfirmed organizations",
                TOKYO);

        assertThat(row.getKind()).isEqualTo("ORGANIZATION");
        assertThat(row.getName()).isEqualTo("Unconfirmed organizations");
        assertThat(row.isEnabled()).isTrue();
        assertThat(row.getNextExpiration()).isEqualTo("2027-01-02 00:05:00 +09:00");
        assertThat(row.getLastRun()).isEqualTo("2027-01-01 00:05:00 +09:00");
        assertThat(row.getLastError()).isEqualTo("IllegalStateException: boom");
        assertThat(row.getInterval()).isEqualTo("86400000");
        assertThat(row.getOffsetMillis()).isEqualTo(300_000L);
        assertThat(row.getSettingKeys())
                .containsExactly("TIMER_INTERVAL_ORGANIZATION", "TIMER_INTERVAL_ORGANIZATION_OFFSET");
    }

    @Test
    void aDisabledDailyTimerHasNoExpirationAndOnlyAnOffsetKey() {
        TimerRow daily = new TimerRow(
                new TimerExpiration(TimerKind.BILLING, null, null, 345_600_000L, null, null), "Billing", TOKYO);

        assertThat(daily.isEnabled()).isFalse();
        assertThat(daily.getNextExpiration()).isNull();
        assertThat(daily.getLastRun()).isNull();
        assertThat(daily.getSettingKeys()).containsExactly("TIMER_INTERVAL_BILLING_OFFSET");
    }
}
