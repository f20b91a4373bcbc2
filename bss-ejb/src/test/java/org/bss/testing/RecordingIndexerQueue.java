package org.bss.testing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.bss.search.IndexMessage;
import org.bss.search.IndexerQueue;

/**
 * Stands in for {@link IndexerQueue} and its XA JMS queue: a message sent in a transaction is recorded when that
 * transaction commits, and forgotten when it rolls back. Nothing consumes them; a test reads them.
 */
final class RecordingIndexerQueue extends IndexerQueue {

    private final TransactionSynchronizationRegistry transactions;
    private final List<IndexMessage> sent = new ArrayList<>();

    RecordingIndexerQueue(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public void send(IndexMessage message) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sent.add(message);
                }
            }
        });
    }

    List<IndexMessage> sent() {
        return List.copyOf(sent);
    }
}
