package org.bss.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts {@link IndexMessage}s on {@code jms/bss/indexerQueue}. The connection factory is XA and the context joins the
 * caller's transaction: a message is delivered when that transaction commits and never when it rolls back.
 */
@Stateless
@PermitAll
public class IndexerQueue {

    static final String FACTORY = "jms/bss/indexerQueueFactory";
    static final String QUEUE = "jms/bss/indexerQueue";

    @Inject
    @JMSConnectionFactory(FACTORY)
    private JMSContext jms;

    @Resource(lookup = QUEUE)
    private Queue queue;

    public void send(IndexMessage message) {
        jms.createProducer().send(queue, message.text());
    }
}
