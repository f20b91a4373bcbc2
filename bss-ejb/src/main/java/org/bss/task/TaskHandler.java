package org.bss.task;

/**
 * Work that arrives on {@code jms/bss/taskQueue}. Implementations are CDI beans; the listener picks
 * the one whose {@link #kind()} matches the message. A handler runs in a transaction of its own
 * together with the record that marks the task done, so a redelivered task is never run twice.
 */
public interface TaskHandler {

    String kind();

    void handle(Task task);

    /** When a failed attempt is tried again; by default never (the task is parked for the operator at once). */
    default RetrySchedule retrySchedule() {
        return RetrySchedule.NONE;
    }

    /** What the dead-task list keeps of a payload that could not be handled; a handler drops secrets here. */
    default String parkedPayload(String payload) {
        return payload;
    }
}
