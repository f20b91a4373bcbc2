package org.bss.task;

/** Where a failed task stands (column dead_task.state). */
public enum DeadTaskState {
    /** Its last attempt failed; the next one is due at {@code retry_at} (BSS clock). */
    WAITING,
    /** Put on the queue again (due, or re-sent by the operator); the row goes when the attempt succeeds. */
    SENDING,
    /** Every attempt of its schedule failed: it waits for the operator. */
    PARKED
}
