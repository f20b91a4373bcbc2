package org.bss.task;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed task is tried again: the waits after the 1st, 2nd, … failed attempt. After the last wait's attempt
 * fails too, the task is parked for the operator. An attempt is one submission to the task queue; inside it
 * {@link RedeliveryPolicy} still redelivers at once, so a glitch of a few milliseconds costs no wait.
 */
public record RetrySchedule(List<Duration> waits) {

    /** No later attempt: a task whose attempt failed is parked at once. */
    public static final RetrySchedule NONE = new RetrySchedule(List.of());

    public RetrySchedule {
        waits = List.copyOf(waits);
        for (Duration wait : waits) {
            if (wait.isZero() || wait.isNegative()) {
                throw new IllegalArgumentException("a wait must be positive: " + wait);
            }
        }
    }

    public static RetrySchedule of(Duration... waits) {
        return new RetrySchedule(List.of(waits));
    }

    /** How many attempts a task gets before it is parked (the first one included). */
    public int attempts() {
        return waits.size() + 1;
    }

    /**
     * @param failedAttempts attempts that failed so far (1 after the first)
     * @return the wait before the next attempt, empty when the task is to be parked
     */
    public Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts start at 1, not " + failedAttempts);
        }
        return failedAttempts <= waits.size() ? Optional.of(waits.get(failedAttempts - 1)) : Optional.empty();
    }
}
