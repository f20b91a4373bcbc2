package org.bss.timer;

import java.time.Instant;

/**
 * The work of one timer kind. Implement it in the owning feature as a {@code @Stateless @Local(DueWorkHandler.class)}
 * bean; the timer engine finds it by {@link #kind()} and calls {@link #run} in a new transaction of its own.
 * A handler should be idempotent: after a crash the same due time may run again. It runs without a caller
 * identity: call internal beans, not {@code @RolesAllowed} services.
 */
public interface DueWorkHandler {

    TimerKind kind();

    /**
     * @param dueAt the expiration being served (BSS clock time; the current time may be later)
     */
    void run(Instant dueAt);
}
