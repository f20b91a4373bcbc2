package org.bss.testing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bss.task.Task;
import org.bss.task.TaskDispatcher;

/**
 * Stands in for {@link TaskDispatcher} and its JMS queue: a task submitted in a transaction is recorded when that
 * transaction commits (the XA send of the server), and forgotten when it rolls back. Nothing consumes the tasks; a
 * test reads them, or hands one to a task handler itself.
 */
final class RecordingTaskQueue extends TaskDispatcher {

    private final TransactionSynchronizationRegistry transactions;
    private final List<Task> sent = new ArrayList<>();

    RecordingTaskQueue(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public String submit(String kind, String payload) {
        Task task = new Task(UUID.randomUUID().toString(), kind, payload == null ? "" : payload, 1);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sent.add(task);
                }
            }
        });
        return task.id();
    }

    /** The tasks of committed transactions, in the order they were submitted. */
    List<Task> sent() {
        return List.copyOf(sent);
    }
}
