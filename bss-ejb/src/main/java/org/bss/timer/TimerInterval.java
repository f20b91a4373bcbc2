package org.bss.timer;

import java.time.Period;
import java.util.Locale;

/**
 * A timer interval as a setting holds it (TMR-2): milliseconds (0 = disabled) or an ISO-8601 period
 * ({@code P1M}, {@code P1W}, {@code P1D}) stepped in calendar units.
 */
public sealed interface TimerInterval {

    /** A fixed number of milliseconds (positive). */
    record Millis(long millis) implements TimerInterval {
        public Millis {
            if (millis <= 0) {
                throw new IllegalArgumentException("interval must be positive");
            }
        }

        @Override
        public String toString() {
            return Long.toString(millis);
        }
    }

    /** A calendar period (positive). */
    record Calendar(Period period) implements TimerInterval {
        public Calendar {
            if (period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("period must be positive");
            }
        }

        @Override
        public String toString() {
            return period.toString();
        }
    }

    /** @return null when the value means "disabled" (unset, blank or 0) */
    static TimerInterval parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.startsWith("P")) {
            return new Calendar(Period.parse(v));
        }
        long ms = Long.parseLong(v);
        return ms == 0 ? null : new Millis(ms);
    }
}
