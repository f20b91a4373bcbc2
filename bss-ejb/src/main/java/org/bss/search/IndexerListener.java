package org.bss.search;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bss.task.RedeliveryPolicy;

/**
 * Consumes {@code jms/bss/indexerQueue}: each {@link IndexMessage} makes the index re-read the named service (or all
 * of them) from the database. A failure is retried by rolling the message back, as the task queue does
 * ({@link RedeliveryPolicy}); after the last delivery the message is dropped with an error in the log: messages are
 * idempotent, so the next change of that service, or an operator's rebuild, puts the index right. An unreadable
 * message is dropped at once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = IndexerQueue.QUEUE),
            @ActivationConfigProperty(propertyName = "connectionFactoryLookup", propertyValue = IndexerQueue.FACTORY),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class IndexerListener implements MessageListener {

    private static final Logger LOG = LogManager.getLogger(IndexerListener.class);

    @Resource
    private MessageDrivenContext context;

    @EJB
    private SearchIndex index;

    @Override
    public void onMessage(Message message) {
        IndexMessage indexing;
        int delivery;
        try {
            indexing = IndexMessage.parse(message instanceof TextMessage text ? text.getText() : null);
            delivery = message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | IllegalArgumentException e) {
            LOG.error("Unreadable indexer message dropped: {}", e.getMessage());
            return;
        }
        try {
            index.apply(indexing);
        } catch (RuntimeException e) {
            if (RedeliveryPolicy.afterFailure(delivery) == RedeliveryPolicy.Decision.RETRY) {
                LOG.warn(
                        "Indexer message '{}' failed on delivery {}, will be redelivered: {}",
                        indexing.text(),
                        delivery,
                        e.getMessage());
                context.setRollbackOnly();
            } else {
                LOG.error(
                        "Indexer message '{}' failed on delivery {}, dropped (a rebuild puts the index right)",
                        indexing.text(),
                        delivery,
                        e);
            }
        }
    }
}
