package org.bss.task;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.UUID;

/** Puts tasks on {@code jms/bss/taskQueue}; the message is sent when the caller's transaction commits. */
@Stateless
@PermitAll
public class TaskDispatcher {

    @Inject
    @JMSConnectionFactory("jms/bss/taskQueueFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/bss/taskQueue")
    private Queue taskQueue;

    /** @return the id of the new task */
    public String submit(String kind, String payload) {
        String id = UUID.randomUUID().toString();
        send(id, kind, payload);
        return id;
    }

    /** Puts a failed task on the queue again under its own id (so it still runs at most once). */
    public void resubmit(String id, String kind, String payload) {
        send(id, kind, payload);
    }

    private void send(String id, String kind, String payload) {
        TextMessage message = jms.createTextMessage(payload == null ? "" : payload);
        try {
            message.setStringProperty(TaskProperties.TASK_ID, id);
            message.setStringProperty(TaskProperties.KIND, kind);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot label task message", e);
        }
        jms.createProducer().send(taskQueue, message);
    }
}
