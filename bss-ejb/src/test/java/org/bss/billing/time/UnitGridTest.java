package org.bss.billing.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitGrid} (boundaries stepped by epoch arithmetic, computed once) must give exactly what
 * {@link UnitCalendar} (java.time in the zone) gives, in zones with daylight saving, half-hour and
 * 30-minute DST shifts, midnight transitions and fixed offsets.
 */
class UnitGridTest {
    private static final long SEED = 20_131_027L;
    private static final String[] ZONES = {
        "Europe/Berlin",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "America/Havana",
        "Asia/Beirut",
        "Pacific/Chatham",
        "UTC",
        "America/St_Johns",
        "Africa/Casablanca"
    };

    @Test
    void boundariesAreTheCalendars() {
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            for (PeriodUnit unit : PeriodUnit.values()) {
                UnitCalendar calendar = new UnitCalendar(unit, zone);
                long from = LocalDate.of(2009, 1, 1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
                long to = LocalDate.of(2015, 1, 1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
                if (unit == PeriodUnit.HOUR) {
                    to = LocalDate.of(2010, 1, 1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli();
                }
                UnitGrid grid = UnitGrid.covering(calendar, from, to);
                long u = calendar.startOf(from);
                assertThat(grid.start()).as(id + " " + unit).isEqualTo(u);
                while (u <= to) {
                    long next = calendar.next(u);
                    assertThat(grid.startOf(next - 1))
                            .as(id + " " + unit + " unit at " + u)
                            .isEqualTo(u);
                    u = next;
                }
                assertThat(grid.end()).as(id + " " + unit).isEqualTo(u);
            }
        }
    }

    @Test
    void factorsAreTheCalendars() {
        Random r = new Random(SEED);
        System.out.println("UnitGridTest seed = " + SEED);
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            for (PeriodUnit unit : PeriodUnit.values()) {
                UnitCalendar calendar = new UnitCalendar(unit, zone);
                long periodStart = LocalDate.of(2012 + r.nextInt(3), 1 + r.nextInt(12), 1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .toEpochMilli();
                long periodEnd = periodStart + (20 + r.nextInt(60)) * 86_400_000L;
                UnitGrid grid = UnitGrid.covering(calendar, periodStart, periodEnd);
                for (int i = 0; i < 300; i++) {
                    // spans mostly inside the grid, some reaching outside (delegated to the calendar)
                    List<Span> spans = new ArrayList<>();
                    long t = periodStart - 3 * 86_400_000L + (long) (r.nextDouble() * 10 * 86_400_000L);
                    for (int k = 0; k < 1 + r.nextInt(3); k++) {
                        long s = t + (long) (r.nextDouble() * 5 * 86_400_000L);
                        long e = s + 1 + (long) (r.nextDouble() * 20 * 86_400_000L);
                        spans.add(new Span(s, e));
                        t = e + 1;
                    }
                    String what = id + " " + unit + " " + spans;
                    assertThat(grid.proRata(spans)).as(what).isEqualTo(calendar.proRata(spans));
                    assertThat(grid.touchedUnits(spans)).as(what).isEqualTo(calendar.touchedUnits(spans));
                }
            }
        }
    }
}
