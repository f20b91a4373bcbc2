package org.bss.billing;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A monthly billing period [start, end) that begins at 00:00 of the cut-off day in the billing zone. */
public record BillingPeriod(Instant start, Instant end) {

    /** The period starting on {@code cutOffDay} of {@code month} (1..28, so every month has that day). */
    public static BillingPeriod of(YearMonth month, int cutOffDay, ZoneId zone) {
        if (cutOffDay < 1 || cutOffDay > 28) {
            throw new BillingInputException("cut-off day " + cutOffDay + " is outside 1..28");
        }
        return new BillingPeriod(
                month.atDay(cutOffDay).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(cutOffDay).atStartOfDay(zone).toInstant());
    }
}
