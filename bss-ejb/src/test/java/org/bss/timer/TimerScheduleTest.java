package org.bss.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bss.config.ConfigKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimerScheduleTest {

    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** The first n expirations after {@code start}, each computed as the engine does after a run at its due time. */
    private static List<LocalDateTime> series(String start, TimerInterval interval, long offset, ZoneId zone, int n) {
        List<LocalDateTime> result = new ArrayList<>();
        Instant due = TimerSchedule.firstExpiration(at(start, zone), interval, offset, zone);
        for (int i = 0; i < n; i++) {
            result.add(LocalDateTime.ofInstant(due, zone));
            Instant ranAt = due.plusMillis(1234); // the run finished a little later
            due = TimerSchedule.nextExpiration(due, ranAt, interval, zone);
        }
        return result;
    }

    private static List<LocalDateTime> times(String... s) {
        return java.util.Arrays.stream(s).map(LocalDateTime::parse).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Tokyo", "Europe/Berlin"})
    void weeklySetOnJan5At1430RunsJan8Jan15Jan22(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        assertThat(series("2025-01-05T14:30", new TimerInterval.Millis(7 * DAY), 0, zone, 3))
                .isEqualTo(times("2025-01-08T00:00", "2025-01-15T00:00", "2025-01-22T00:00"));
        assertThat(series("2026-01-05T14:30", TimerInterval.parse("P1W"), 0, zone, 3))
                .isEqualTo(times("2026-01-08T00:00", "2026-01-15T00:00", "2026-01-22T00:00"));
    }

    @Test
    void monthlyPeriodSetOnAug4RunsOnTheFirstOfEachMonth() {
        ZoneId zone = ZoneId.of("Europe/Berlin"); // crosses the end of summer time in October
        assertThat(series("2025-08-04T17:00", TimerInterval.parse("P1M"), 0, zone, 3))
                .isEqualTo(times("2025-09-01T00:00", "2025-10-01T00:00", "2025-11-01T00:00"));
    }

    @Test
    void organizationTimerDailyWithFiveMinuteOffsetRunsAt0005() {
        ZoneId zone = ZoneId.of("Asia/Tokyo");
        assertThat(series("2025-03-03T10:00", new TimerInterval.Millis(86_400_000L), 300_000L, zone, 3))
                .isEqualTo(times("2025-03-04T00:05", "2025-03-05T00:05", "2025-03-06T00:05"));
    }

    @Test
    void firstExpirationIsStrictlyAfterNow() {
        ZoneId zone = ZoneId.of("UTC");
        Instant exactlyDue = at("2025-01-08T00:00", zone);
        assertThat(TimerSchedule.firstExpiration(exactlyDue, new TimerInterval.Millis(7 * DAY), 0, zone))
                .isEqualTo(at("2025-01-15T00:00", zone));
        assertThat(TimerSchedule.firstExpiration(at("2025-01-01T00:00", zone), new TimerInterval.Millis(DAY), 0, zone))
                .isEqualTo(at("2025-01-02T00:00", zone));
    }

    @Test
    void billingDailyCheckRunsAtOffsetModOneDay() {
        // TMR-3: offset 4 d 4 h with the fixed 1-day interval → the daily check runs every day at 04:00
        ZoneId zone = ZoneId.of("UTC");
        long offset = 4 * DAY + 4 * HOUR;
        TimerInterval daily = TimerKind.BILLING.interval(null);
        assertThat(series("2025-01-02T10:00", daily, offset, zone, 3))
                .isEqualTo(times("2025-01-03T04:00", "2025-01-04T04:00", "2025-01-05T04:00"));
        // the default offset of 4 days: daily at 00:00
        assertThat(series("2025-06-10T12:00", daily, 345_600_000L, zone, 2))
                .isEqualTo(times("2025-06-11T00:00", "2025-06-12T00:00"));
    }

    @Test
    void billingAndRevenueShareRunTimes() {
        ZoneId zone = ZoneId.of("UTC");
        long offset4d4h = 4 * DAY + 4 * HOUR;
        assertThat(TimerSchedule.customerBillingRun(LocalDate.parse("2025-03-10"), offset4d4h, zone))
                .isEqualTo(at("2025-03-14T04:00", zone));
        assertThat(TimerSchedule.revenueShareRun(YearMonth.parse("2025-01"), offset4d4h, zone))
                .isEqualTo(at("2025-02-04T04:00", zone));
        assertThat(TimerSchedule.customerBillingRun(LocalDate.parse("2025-03-08"), 5 * DAY + 4 * HOUR, zone))
                .isEqualTo(at("2025-03-13T04:00", zone));
        assertThat(TimerSchedule.customerBillingRun(LocalDate.parse("2025-03-01"), 345_600_000L, zone))
                .isEqualTo(at("2025-03-05T00:00", zone));
    }

    @Test
    void nextExpirationSkipsMissedRunsAndKeepsTheSeriesAcrossNewYear() {
        ZoneId zone = ZoneId.of("UTC");
        TimerInterval weekly = new TimerInterval.Millis(7 * DAY);
        Instant due = at("2025-12-31T00:00", zone); // Jan 1 2025 + 52 weeks
        assertThat(TimerSchedule.nextExpiration(due, due.plusSeconds(5), weekly, zone))
                .isEqualTo(at("2026-01-07T00:00", zone));
        // the server was down for three weeks: the next one is the first of the series after now
        assertThat(TimerSchedule.nextExpiration(due, at("2026-01-20T12:00", zone), weekly, zone))
                .isEqualTo(at("2026-01-21T00:00", zone));
        TimerInterval monthly = TimerInterval.parse("P1M");
        assertThat(TimerSchedule.nextExpiration(
                        at("2025-01-31T00:00", zone), at("2025-01-31T00:01", zone), monthly, zone))
                .isEqualTo(at("2025-02-28T00:00", zone));
    }

    @Test
    void dailyCalendarPeriodStaysAtMidnightAcrossDaylightSavingTime() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        assertThat(series("2025-03-29T12:00", TimerInterval.parse("P1D"), 0, zone, 3))
                .isEqualTo(times("2025-03-30T00:00", "2025-03-31T00:00", "2025-04-01T00:00"));
    }

    @Test
    void intervalParsing() {
        assertThat(TimerInterval.parse(null)).isNull();
        assertThat(TimerInterval.parse(" ")).isNull();
        assertThat(TimerInterval.parse("0")).isNull();
        assertThat(TimerInterval.parse("86400000")).isEqualTo(new TimerInterval.Millis(86_400_000L));
        assertThat(TimerInterval.parse("p1m")).isEqualTo(new TimerInterval.Calendar(Period.ofMonths(1)));
        assertThat(TimerInterval.parse("P1W").toString()).isEqualTo("P7D");
        assertThatThrownBy(() -> TimerInterval.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimerInterval.parse("-5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsKnowTheirSettingKeys() {
        assertThat(TimerKind.ofSettingKey(ConfigKeys.TIMER_INTERVAL_ORGANIZATION))
                .contains(TimerKind.ORGANIZATION);
        assertThat(TimerKind.ofSettingKey(ConfigKeys.TIMER_INTERVAL_ORGANIZATION_OFFSET))
                .contains(TimerKind.ORGANIZATION);
        assertThat(TimerKind.ofSettingKey(ConfigKeys.TIMER_INTERVAL_BILLING_OFFSET))
                .contains(TimerKind.BILLING);
        assertThat(TimerKind.ofSettingKey(ConfigKeys.PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS))
                .isEmpty();
        assertThat(TimerKind.ORGANIZATION.interval("0")).isNull();
        assertThat(TimerKind.DISCOUNT_END_NOTIFICATION.interval(null)).isEqualTo(new TimerInterval.Millis(DAY));
        for (TimerKind k : TimerKind.values()) {
            assertThat(org.bss.config.SettingsRegistry.find(k.offsetKey()))
                    .as(k.name())
                    .isPresent();
            k.intervalKey()
                    .ifPresent(key -> assertThat(org.bss.config.SettingsRegistry.find(key))
                            .isPresent());
        }
    }

    @Test
    void dueWorkRowLifecycle() {
        DueWork row = new DueWork(TimerKind.ORGANIZATION);
        Instant now = Instant.parse("2025-01-05T10:00:00Z");
        row.schedule(null, 0, null);
        assertThat(row.getState()).isEqualTo(DueWorkState.DISABLED);
        assertThat(row.isDue(now.plusSeconds(1_000_000))).isFalse();
        row.schedule(new TimerInterval.Millis(DAY), 300_000, Instant.parse("2025-01-06T00:05:00Z"));
        assertThat(row.getState()).isEqualTo(DueWorkState.SCHEDULED);
        assertThat(row.isDue(now)).isFalse();
        assertThat(row.isDue(Instant.parse("2025-01-06T00:05:00Z"))).isTrue();
        assertThat(row.interval()).isEqualTo(new TimerInterval.Millis(DAY));
        row.ran(now, "x".repeat(5000), Instant.parse("2025-01-07T00:05:00Z"));
        assertThat(row.getLastError()).hasSize(DueWork.MAX_ERROR_LENGTH);
        assertThat(row.getLastRunAt()).isEqualTo(now);
    }

    @Test
    void failuresAreDescribedByTheirRootCause() {
        RuntimeException wrapped = new jakarta.ejb.EJBException(new IllegalStateException("boom"));
        assertThat(TimerEngine.describe(wrapped)).isEqualTo("IllegalStateException: boom");
        org.bss.common.ValidationException user = new org.bss.common.ValidationException("identity.notLoggedIn");
        assertThat(TimerEngine.rootCause(new jakarta.ejb.EJBException(user))).isSameAs(user);
    }
}
