package org.bss.task;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Runs one task exactly once: the handler's work and the "done" record commit together in a
 * transaction of their own, so a redelivered message finds the record and does nothing.
 */
@Stateless
@PermitAll
public class TaskExecutor {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    @Any
    private Instance<TaskHandler> handlers;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void execute(Task task) {
        if (task.id() == null || em.find(ProcessedTask.class, task.id()) != null) {
            return;
        }
        TaskHandler handler = handlerFor(task.kind());
        try {
            handler.handle(task);
        } catch (TaskFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TaskFailedException(e);
        }
        em.persist(new ProcessedTask(task.id(), task.kind(), task.deliveryCount(), Instant.now(clock)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void park(Task task, RuntimeException failure) {
        if (task.id() != null && em.find(DeadTask.class, task.id()) == null) {
            Task kept = new Task(task.id(), task.kind(), parkedPayload(task), task.deliveryCount());
            em.persist(new DeadTask(kept, String.valueOf(failure.getMessage()), Instant.now(clock)));
        }
    }

    private String parkedPayload(Task task) {
        try {
            return handlerFor(task.kind()).parkedPayload(task.payload());
        } catch (RuntimeException e) {
            return task.payload();
        }
    }

    private TaskHandler handlerFor(String kind) {
        for (TaskHandler handler : handlers) {
            if (handler.kind().equals(kind)) {
                return handler;
            }
        }
        throw new IllegalArgumentException("no handler for task kind '" + kind + "'");
    }
}
