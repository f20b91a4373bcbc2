package org.bss.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.bss.common.BssException;
import org.bss.common.Messages;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class AuditPeriodTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void datesAreInclusiveDaysInThePlatformZone() {
        AuditPeriod p = AuditPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), TOKYO);
        assertThat(p.start()).isEqualTo(Instant.parse("2025-12-31T15:00:00Z"));
        assertThat(p.endExclusive()).isEqualTo(Instant.parse("2026-01-31T15:00:00Z"));
    }

    @Test
    void oneDayPeriod() {
        AuditPeriod p = AuditPeriod.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8), ZoneId.of("UTC"));
        assertThat(p.start()).isEqualTo(Instant.parse("2026-03-08T00:00:00Z"));
        assertThat(p.endExclusive()).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> AuditPeriod.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1), TOKYO))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.period.reversed"))
                .hasMessage("The start date 2026-02-02 is after the end date 2026-02-01.");
    }

    @Test
    void missingDatesAreRefused() {
        assertThatThrownBy(() -> AuditPeriod.of(null, LocalDate.of(2026, 2, 1), TOKYO))
                .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.period.missing"));
        assertThatThrownBy(() -> AuditPeriod.parseDate(" "))
                .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.period.missing"));
    }

    @Test
    void datesAreParsedStrictlyAsYyyyMmDd() {
        assertThat(AuditPeriod.parseDate("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        for (String bad : new String[] {
            "2026-02-30",
            "2026/02/01",
            "02-01-2026",
            "2026-2-1",
            "x",
            "+999999999-12-31",
            "-999999999-01-01",
            "+2026-01-01",
            "12026-01-01",
            "２０２６-01-01"
        }) {
            assertThatThrownBy(() -> AuditPeriod.parseDate(bad))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.date.invalid"));
        }
    }

    @Test
    void daysOutsideYearsOneTo9999AreRefusedWhateverReadThem() {
        for (LocalDate[] period : new LocalDate[][] {
            {LocalDate.MIN, LocalDate.of(2026, 1, 1)},
            {LocalDate.of(2026, 1, 1), LocalDate.MAX},
            {LocalDate.of(0, 12, 31), LocalDate.of(1, 1, 1)},
            {LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1)}
        }) {
            assertThatThrownBy(() -> AuditPeriod.of(period[0], period[1], TOKYO))
                    .as(period[0] + ".." + period[1])
                    .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.date.invalid"));
        }
        AuditPeriod widest = AuditPeriod.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), TOKYO);
        assertThat(widest.start()).isBefore(widest.endExclusive());
    }

    @Test
    void moreEntriesThanAllowedAsksToNarrowThePeriod() {
        assertThatNoException().isThrownBy(() -> AuditPeriod.checkCount(100, 100));
        assertThatThrownBy(() -> AuditPeriod.checkCount(101, 100))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((BssException) e).messageKey()).isEqualTo("audit.tooManyEntries"))
                .hasMessageContaining("101")
                .hasMessageContaining("100")
                .hasMessageContaining("shorter period");
    }

    @Test
    void everyMessageIsTranslated() {
        for (String key : new String[] {
            "audit.period.missing", "audit.period.reversed", "audit.date.invalid", "audit.tooManyEntries"
        }) {
            String en = Messages.format(Locale.ENGLISH, key, "a", "b");
            String de = Messages.format(Locale.GERMAN, key, "a", "b");
            String ja = Messages.format(Locale.JAPANESE, key, "a", "b");
            assertThat(en).as(key).isNotEqualTo(key);
            assertThat(de).as(key).isNotEqualTo(key).isNotEqualTo(en);
            assertThat(ja).as(key).isNotEqualTo(key).isNotEqualTo(en);
        }
    }
}
