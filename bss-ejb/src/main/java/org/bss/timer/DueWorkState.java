package org.bss.timer;

/** State of a due_work row. */
public enum DueWorkState {
    /** Has a next due time. */
    SCHEDULED,
    /** Interval 0: no due time. */
    DISABLED
}
