package org.bss.timer;

import java.time.Instant;

/**
 * What the operator sees of a timer (retrievetimerexpirations, TMR-4): next expiration (null when disabled),
 * interval and offset in force, last run and its error.
 */
public record TimerExpiration(
        TimerKind kind,
        Instant nextExpiration,
        String interval,
        long offsetMillis,
        Instant lastRunAt,
        String lastError) {}
