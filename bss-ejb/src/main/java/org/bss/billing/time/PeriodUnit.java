package org.bss.billing.time;

/** The time unit a price refers to ("per month", ...). Weeks start on Monday. */
public enum PeriodUnit {
    MONTH,
    WEEK,
    DAY,
    HOUR
}
