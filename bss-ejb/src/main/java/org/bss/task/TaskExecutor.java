package org.bss.task;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        if (task.id() == null) {
            return;
        }
        if (em.find(ProcessedTask.class, task.id()) != null) {
            forgetFailures(task);
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
        forgetFailures(task);
    }

    /** A task that succeeded (or had succeeded before) no longer waits for an attempt. */
    private void forgetFailures(Task task) {
        DeadTask failed = em.find(DeadTask.class, task.id());
        if (failed != null) {
            em.remove(failed);
        }
    }

    /**
     * Records a failed attempt (after its last delivery): the task waits for its next attempt on the handler's
     * {@link RetrySchedule}, or is parked when none is left.
     *
     * @return the record, null for a task without id
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeadTask park(Task task, RuntimeException failure) {
        if (task.id() == null) {
            return null;
        }
        DeadTask failed = em.find(DeadTask.class, task.id(), LockModeType.PESSIMISTIC_WRITE);
        if (failed == null) {
            failed = new DeadTask(task);
            em.persist(failed);
        }
        failed.failed(task, parkedPayload(task), String.valueOf(failure.getMessage()), clock.instant(), schedule(task));
        return failed;
    }

    private String parkedPayload(Task task) {
        try {
            return handlerFor(task.kind()).parkedPayload(task.payload());
        } catch (RuntimeException e) {
            return task.payload();
        }
    }

    private RetrySchedule schedule(Task task) {
        try {
            return handlerFor(task.kind()).retrySchedule();
        } catch (IllegalArgumentException e) {
            return RetrySchedule.NONE; // no handler: nothing to try again with
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
