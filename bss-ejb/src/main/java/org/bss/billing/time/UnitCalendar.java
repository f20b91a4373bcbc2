package org.bss.billing.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Calendar arithmetic for one {@link PeriodUnit} in one zone: where units start and end (real month
 * lengths, 23/25-hour days at daylight-saving changes) and the two factors billing needs.
 */
public final class UnitCalendar {
    private static final long HOUR_MS = 3_600_000L;

    private final PeriodUnit unit;
    private final ZoneId zone;
    private final ZoneRules rules;

    public UnitCalendar(PeriodUnit unit, ZoneId zone) {
        this.unit = unit;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    public PeriodUnit unit() {
        return unit;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Start of the unit containing {@code instant}. */
    public long startOf(long instant) {
        ZonedDateTime t = Instant.ofEpochMilli(instant).atZone(zone);
        return switch (unit) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS).toInstant().toEpochMilli();
            case DAY -> startOfDay(t.toLocalDate());
            case WEEK -> startOfDay(t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> startOfDay(t.toLocalDate().withDayOfMonth(1));
        };
    }

    /** End of the unit starting at {@code unitStart} (= start of the next unit). */
    public long next(long unitStart) {
        if (unit == PeriodUnit.HOUR) {
            long next = startOf(unitStart + HOUR_MS);
            return next > unitStart ? next : unitStart + HOUR_MS;
        }
        LocalDate d = localDate(unitStart);
        return startOfDay(
                switch (unit) {
                    case DAY -> d.plusDays(1);
                    case WEEK -> d.plusWeeks(1);
                    default -> d.plusMonths(1);
                });
    }

    /** Number of whole units between two unit boundaries {@code from <= to}. */
    public long unitsBetween(long from, long to) {
        if (from >= to) {
            return 0;
        }
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS.between(localDate(from), localDate(to));
            case WEEK -> ChronoUnit.DAYS.between(localDate(from), localDate(to)) / 7;
            case MONTH -> ChronoUnit.MONTHS.between(localDate(from), localDate(to));
            case HOUR -> hoursBetween(from, to);
        };
    }

    /** Pro-rata factor of [from, to): Σ over the units it touches of (time used in the unit ÷ unit length). */
    public Fraction proRata(long from, long to) {
        if (from >= to) {
            return Fraction.ZERO;
        }
        long firstStart = startOf(from);
        long firstEnd = next(firstStart);
        if (to <= firstEnd) {
            return Fraction.of(to - from, firstEnd - firstStart);
        }
        Fraction factor = Fraction.of(firstEnd - from, firstEnd - firstStart);
        long lastStart = startOf(to);
        factor = factor.plus(Fraction.of(unitsBetween(firstEnd, lastStart)));
        if (lastStart < to) {
            factor = factor.plus(Fraction.of(to - lastStart, next(lastStart) - lastStart));
        }
        return factor;
    }

    /** Pro-rata factor of sorted disjoint spans. */
    public Fraction proRata(List<Span> spans) {
        Fraction sum = Fraction.ZERO;
        for (Span s : spans) {
            sum = sum.plus(proRata(s.start(), s.end()));
        }
        return sum;
    }

    /**
     * Number of distinct units touched by sorted disjoint spans; a unit touched by two spans (e.g. a
     * suspend and resume inside it) counts once.
     */
    public long touchedUnits(List<Span> spans) {
        long count = 0;
        long previousLastUnit = Long.MIN_VALUE;
        for (Span s : spans) {
            if (s.isEmpty()) {
                continue;
            }
            long firstUnit = startOf(s.start());
            long lastUnit = startOf(s.end() - 1);
            count += unitsBetween(firstUnit, lastUnit) + 1;
            if (firstUnit == previousLastUnit) {
                count--;
            }
            previousLastUnit = lastUnit;
        }
        return count;
    }

    private long hoursBetween(long from, long to) {
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochMilli(from));
        if (rules.isFixedOffset() || t == null || t.toEpochSecond() * 1000 >= to) {
            return (to - from) / HOUR_MS; // constant offset: local hours are real hours
        }
        long n = 0;
        for (long u = from; u < to; u = next(u)) {
            n++;
        }
        return n;
    }

    private LocalDate localDate(long instant) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(instant), zone);
    }

    private long startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
