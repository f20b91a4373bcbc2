package org.bss.billing.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Steps from one unit start to the next, like {@link UnitCalendar#next(long)} but by epoch arithmetic
 * where that is exact: when the unit starts exactly on the local boundary (hour, or midnight for
 * day/week/month) and no offset transition of the zone falls in (start, start + local unit length], the
 * next unit starts exactly one local unit length later. Anything else (a daylight-saving change inside
 * the unit, a boundary moved by a gap) is left to the calendar. Not thread-safe; one per grid.
 */
final class UnitStepper {
    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 86_400_000L;

    private final UnitCalendar calendar;
    private final ZoneRules rules;
    /** The offset in force from {@link #segmentStart} up to {@link #segmentEnd}, exclusive. */
    private long offsetMs;

    private long segmentStart = Long.MAX_VALUE;
    private long segmentEnd = Long.MIN_VALUE;

    UnitStepper(UnitCalendar calendar) {
        this.calendar = calendar;
        this.rules = calendar.zone().getRules();
    }

    /** Start of the unit after the one starting at {@code unitStart}. */
    long next(long unitStart) {
        if (unitStart < segmentStart || unitStart >= segmentEnd) {
            locate(unitStart);
        }
        long local = unitStart + offsetMs;
        long length = switch (calendar.unit()) {
            case HOUR -> Math.floorMod(local, HOUR_MS) == 0 ? HOUR_MS : 0;
            case DAY -> Math.floorMod(local, DAY_MS) == 0 ? DAY_MS : 0;
            case WEEK -> Math.floorMod(local, DAY_MS) == 0 ? 7 * DAY_MS : 0;
            case MONTH ->
                Math.floorMod(local, DAY_MS) == 0
                        ? LocalDate.ofEpochDay(Math.floorDiv(local, DAY_MS)).lengthOfMonth() * DAY_MS
                        : 0;
        };
        if (length > 0 && unitStart + length < segmentEnd) {
            return unitStart + length;
        }
        return calendar.next(unitStart);
    }

    /** Finds the constant-offset stretch around {@code instant}: up to the next transition, exclusive. */
    private void locate(long instant) {
        Instant at = Instant.ofEpochMilli(instant);
        offsetMs = rules.getOffset(at).getTotalSeconds() * 1000L;
        ZoneOffsetTransition next = rules.nextTransition(at);
        segmentStart = instant;
        segmentEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000;
    }
}
