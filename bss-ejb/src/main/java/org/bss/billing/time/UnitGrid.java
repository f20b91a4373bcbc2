package org.bss.billing.time;

import java.util.Arrays;
import java.util.List;

/**
 * The unit boundaries of one {@link UnitCalendar} around one window, computed once (per calculation and
 * price-model unit) and then used for every factor in that window by index arithmetic on epoch milliseconds.
 * The factors are the same as {@link UnitCalendar#proRata(long, long)} and
 * {@link UnitCalendar#touchedUnits(List)}; instants outside the grid are delegated to the calendar.
 */
public final class UnitGrid {
    private final UnitCalendar calendar;
    /** Unit starts, ascending; the last element is the end of the last unit. */
    private final long[] bounds;
    /** Index of the last unit: {@code bounds[last + 1]} is its end. */
    private final int last;
    /** The grid's length over its number of units (> 0). */
    private final long averageLength;

    private UnitGrid(UnitCalendar calendar, long[] bounds, int count) {
        this.calendar = calendar;
        this.bounds = bounds;
        this.last = count - 2;
        this.averageLength = Math.max(1, (bounds[last + 1] - bounds[0]) / (last + 1));
    }

    /** The units touching [from, to] (at least the unit containing {@code from}). */
    public static UnitGrid covering(UnitCalendar calendar, long from, long to) {
        long first = calendar.startOf(from);
        UnitStepper steps = new UnitStepper(calendar);
        long[] bounds = new long[(int) Math.min(1 << 20, (to - first) / minimumLength(calendar.unit()) + 4)];
        int n = 0;
        long u = first;
        do {
            if (n == bounds.length) {
                bounds = Arrays.copyOf(bounds, n * 2);
            }
            bounds[n++] = u;
            u = steps.next(u);
        } while (u <= to);
        if (n == bounds.length) {
            bounds = Arrays.copyOf(bounds, n + 1);
        }
        bounds[n++] = u;
        return new UnitGrid(calendar, bounds, n);
    }

    /** A lower bound for most units' length, to size the array once (shorter units only make it grow). */
    private static long minimumLength(PeriodUnit unit) {
        return switch (unit) {
            case HOUR -> 3_600_000L;
            case DAY -> 23 * 3_600_000L;
            case WEEK -> 7 * 24 * 3_600_000L - 3_600_000L;
            case MONTH -> 28 * 24 * 3_600_000L - 3_600_000L;
        };
    }

    public UnitCalendar calendar() {
        return calendar;
    }

    public long start() {
        return bounds[0];
    }

    public long end() {
        return bounds[last + 1];
    }

    /** Start of the unit containing {@code instant}. */
    public long startOf(long instant) {
        return inside(instant) ? bounds[index(instant)] : calendar.startOf(instant);
    }

    /** Pro-rata factor of [from, to): Σ over the units it touches of (time used in the unit ÷ unit length). */
    public Fraction proRata(long from, long to) {
        if (from >= to) {
            return Fraction.ZERO;
        }
        if (!inside(from) || !inside(to - 1)) {
            return calendar.proRata(from, to);
        }
        int i = index(from);
        long firstEnd = bounds[i + 1];
        if (to <= firstEnd) {
            return Fraction.of(to - from, firstEnd - bounds[i]);
        }
        int j = index(to - 1); // the unit holding the last used millisecond
        // first part/L1 + whole units + last part/L2 over one denominator: a single reduction (gcd) at the end
        long firstLength = firstEnd - bounds[i];
        long lastLength = bounds[j + 1] - bounds[j];
        long firstUsed = firstEnd - from;
        long lastUsed = to - bounds[j];
        long whole = (long) j - i - 1;
        try {
            if (firstLength == lastLength) {
                return Fraction.of(firstUsed + lastUsed + Math.multiplyExact(whole, firstLength), firstLength);
            }
            long den = Math.multiplyExact(firstLength, lastLength);
            long num = Math.addExact(
                    Math.addExact(Math.multiplyExact(firstUsed, lastLength), Math.multiplyExact(lastUsed, firstLength)),
                    Math.multiplyExact(whole, den));
            return Fraction.of(num, den);
        } catch (ArithmeticException overflow) {
            // term by term below: exact with BigInteger where needed
        }
        Fraction factor = Fraction.of(firstUsed, firstLength);
        if (j > i + 1) {
            factor = factor.plus(Fraction.of(j - i - 1));
        }
        long lastStart = bounds[j];
        long lastEnd = bounds[j + 1];
        return factor.plus(to == lastEnd ? Fraction.ONE : Fraction.of(to - lastStart, lastEnd - lastStart));
    }

    /** Pro-rata factor of sorted disjoint spans. */
    public Fraction proRata(List<Span> spans) {
        Fraction sum = Fraction.ZERO;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            sum = sum.plus(proRata(s.start(), s.end()));
        }
        return sum;
    }

    /** Distinct units touched by sorted disjoint spans; a unit touched by two spans counts once. */
    public long touchedUnits(List<Span> spans) {
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (!s.isEmpty() && (!inside(s.start()) || !inside(s.end() - 1))) {
                return calendar.touchedUnits(spans);
            }
        }
        long count = 0;
        int previousLastUnit = -1;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.isEmpty()) {
                continue;
            }
            int firstUnit = index(s.start());
            int lastUnit = index(s.end() - 1);
            count += lastUnit - firstUnit + 1;
            if (firstUnit == previousLastUnit) {
                count--;
            }
            previousLastUnit = lastUnit;
        }
        return count;
    }

    private boolean inside(long instant) {
        return instant >= bounds[0] && instant < bounds[last + 1];
    }

    /**
     * Index of the unit containing an instant inside the grid: guessed from the average unit length (units of
     * one kind differ by a DST hour or a few days of a month, so the guess is off by one at most), then
     * corrected by stepping.
     */
    private int index(long instant) {
        int i = (int) Math.min(last, (instant - bounds[0]) / averageLength);
        while (bounds[i] > instant) {
            i--;
        }
        while (i < last && bounds[i + 1] <= instant) {
            i++;
        }
        return i;
    }
}
