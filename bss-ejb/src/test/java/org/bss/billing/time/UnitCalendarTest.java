package org.bss.billing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static long t(String s) {
        return LocalDateTime.parse(s).atZone(BERLIN).toInstant().toEpochMilli();
    }

    @Test
    void unitBoundaries() {
        assertThat(new UnitCalendar(PeriodUnit.WEEK, BERLIN).startOf(t("2013-01-03T10:00")))
                .isEqualTo(t("2012-12-31T00:00"));
        assertThat(new UnitCalendar(PeriodUnit.MONTH, BERLIN).next(t("2013-02-01T00:00")))
                .isEqualTo(t("2013-03-01T00:00"));
        UnitCalendar day = new UnitCalendar(PeriodUnit.DAY, BERLIN);
        long dstDay = t("2013-03-31T00:00");
        assertThat(day.next(dstDay) - dstDay).isEqualTo(23 * 3_600_000L);
    }

    @Test
    void hoursAcrossDaylightSavingChange() {
        UnitCalendar hour = new UnitCalendar(PeriodUnit.HOUR, BERLIN);
        // 27 Oct 2013 00:00 → 28 Oct 00:00 in Berlin lasts 25 hours
        assertThat(hour.unitsBetween(t("2013-10-27T00:00"), t("2013-10-28T00:00")))
                .isEqualTo(25);
        assertThat(hour.proRata(t("2013-10-27T00:00"), t("2013-10-28T00:00"))).isEqualTo(Fraction.of(25));
        assertThat(new UnitCalendar(PeriodUnit.DAY, BERLIN).proRata(t("2013-10-27T00:00"), t("2013-10-28T00:00")))
                .isEqualTo(Fraction.ONE);
    }

    @Test
    void touchedUnitsCountEachUnitOnce() {
        UnitCalendar week = new UnitCalendar(PeriodUnit.WEEK, BERLIN);
        List<Span> spans = List.of(
                new Span(t("2012-12-03T00:00"), t("2012-12-04T00:00")),
                new Span(t("2012-12-06T00:00"), t("2012-12-11T00:00")));
        assertThat(week.touchedUnits(spans)).isEqualTo(2);
    }
}
