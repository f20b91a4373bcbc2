package org.bss.task;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Consumes {@code jms/bss/taskQueue}. The handler runs in its own transaction (see
 * {@link TaskExecutor}); a failure is retried by rolling the message back until
 * {@link RedeliveryPolicy#MAX_DELIVERIES}, then the failed attempt is recorded in the dead-task table (to be tried
 * again on the handler's {@link RetrySchedule} by {@link TaskRetries}, or parked for the operator) and the message is
 * acknowledged: no redelivery storm, nothing silently lost.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/bss/taskQueue"),
            @ActivationConfigProperty(
                    propertyName = "connectionFactoryLookup",
                    propertyValue = "jms/bss/taskQueueFactory"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class TaskListener implements MessageListener {

    private static final Logger LOG = LogManager.getLogger(TaskListener.class);

    @Resource
    private MessageDrivenContext context;

    @Inject
    private TaskExecutor executor;

    @Override
    public void onMessage(Message message) {
        Task task;
        try {
            task = new Task(
                    message.getStringProperty(TaskProperties.TASK_ID),
                    message.getStringProperty(TaskProperties.KIND),
                    message instanceof TextMessage text ? text.getText() : null,
                    message.getIntProperty(TaskProperties.DELIVERY_COUNT));
        } catch (JMSException e) {
            LOG.error("Unreadable task message {} dropped: {}", messageId(message), e.getMessage());
            return;
        }
        try {
            executor.execute(task);
        } catch (RuntimeException e) {
            if (RedeliveryPolicy.afterFailure(task.deliveryCount()) == RedeliveryPolicy.Decision.RETRY) {
                LOG.warn(
                        "Task {} ({}) failed on delivery {}, will be redelivered: {}",
                        task.id(),
                        task.kind(),
                        task.deliveryCount(),
                        e.getMessage());
                context.setRollbackOnly();
            } else {
                afterLastDelivery(task, e);
            }
        }
    }

    /** The attempt failed: it waits for the next one on the handler's schedule, or is parked for the operator. */
    private void afterLastDelivery(Task task, RuntimeException e) {
        DeadTask failed = executor.park(task, e);
        if (failed != null && failed.state() == DeadTaskState.WAITING) {
            LOG.warn(
                    "Task {} ({}) failed on attempt {}, next attempt at {}: {}",
                    task.id(),
                    task.kind(),
                    failed.attempts(),
                    failed.retryAt(),
                    e.getMessage());
        } else {
            Throwable cause = e.getCause() != null ? e.getCause() : e; // the handler's own failure
            LOG.error(
                    "Task {} ({}) failed on attempt {} (delivery {}), parked as dead task: {}",
                    task.id(),
                    task.kind(),
                    failed == null ? 1 : failed.attempts(),
                    task.deliveryCount(),
                    e.getMessage(),
                    cause);
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
