package org.bss.timer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a timer runs (§3.4, TMR-2), pure. The expirations of a timer form the series
 * {@code Jan 1 00:00:00.000 of the current year + k × interval + offset}; the first expiration is the first
 * element of the series after "now". Later expirations continue the same series from the previous due time
 * (so a run across New Year does not change the spacing). A calendar period is added in calendar units
 * (P1M from Jan 1 gives the 1st of every month); the offset is always added in milliseconds after it.
 * An offset larger than the interval shifts the series (billing: offset 4 d with a 1-day interval runs daily
 * at 00:00 + offset mod 1 day, TMR-3).
 */
public final class TimerSchedule {

    private TimerSchedule() {}

    /** Jan 1 00:00 of the year of {@code now} in {@code zone}. */
    public static ZonedDateTime anchor(Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        return LocalDate.of(year, 1, 1).atStartOfDay(zone);
    }

    /** First expiration after {@code now} (strictly later) of the Jan-1-anchored series. */
    public static Instant firstExpiration(Instant now, TimerInterval interval, long offsetMillis, ZoneId zone) {
        return after(anchor(now, zone), now, interval, offsetMillis);
    }

    /** The expiration that follows {@code previousDue} in its series and lies after {@code now}. */
    public static Instant nextExpiration(Instant previousDue, Instant now, TimerInterval interval, ZoneId zone) {
        Instant earliest = previousDue.isAfter(now) ? previousDue : now;
        return after(previousDue.atZone(zone), earliest, interval, 0);
    }

    /** Smallest {@code origin + k × interval + offset} (k any integer) strictly after {@code now}. */
    static Instant after(ZonedDateTime origin, Instant now, TimerInterval interval, long offsetMillis) {
        if (interval instanceof TimerInterval.Millis ms) {
            long step = ms.millis();
            long base = Math.addExact(origin.toInstant().toEpochMilli(), offsetMillis);
            long diff = Math.subtractExact(now.toEpochMilli(), base);
            long k = Math.floorDiv(diff, step) + 1; // first k with base + k*step > now
            return Instant.ofEpochMilli(Math.addExact(base, Math.multiplyExact(k, step)));
        }
        TimerInterval.Calendar cal = (TimerInterval.Calendar) interval;
        long k = 0;
        if (at(origin, cal, 0, offsetMillis).isAfter(now)) {
            while (at(origin, cal, k - 1, offsetMillis).isAfter(now)) {
                k--;
            }
        } else {
            while (!at(origin, cal, k, offsetMillis).isAfter(now)) {
                k++;
            }
        }
        return at(origin, cal, k, offsetMillis);
    }

    private static Instant at(ZonedDateTime origin, TimerInterval.Calendar cal, long k, long offsetMillis) {
        LocalDateTime local = origin.toLocalDateTime().plus(cal.period().multipliedBy(Math.toIntExact(k)));
        return local.atZone(origin.getZone()).toInstant().plusMillis(offsetMillis);
    }

    // ---- billing (TMR-3) -------------------------------------------------------------------------------

    /** Customer billing of a period that ends at the supplier's cut-off day: that day 00:00 + billing offset. */
    public static Instant customerBillingRun(LocalDate cutOffDate, long billingOffsetMillis, ZoneId zone) {
        return cutOffDate.atStartOfDay(zone).toInstant().plusMillis(billingOffsetMillis);
    }

    /** Revenue share of a month: the month's last day 00:00 + billing offset. */
    public static Instant revenueShareRun(java.time.YearMonth month, long billingOffsetMillis, ZoneId zone) {
        return month.atEndOfMonth().atStartOfDay(zone).toInstant().plusMillis(billingOffsetMillis);
    }
}
