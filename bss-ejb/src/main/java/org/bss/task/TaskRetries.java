package org.bss.task;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bss.common.ObjectNotFoundException;

/**
 * Failed tasks and their next attempts: puts due ones on the queue again (under their own id, so a task still runs at
 * most once), lists them by kind and re-sends one on request. Internal (no role): features wrap it for their callers
 * ({@code ParkedMailService}); {@link TaskRetryHeartbeat} serves the due ones.
 */
@Stateless
@PermitAll
public class TaskRetries {

    private static final Logger LOG = LogManager.getLogger(TaskRetries.class);

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private TaskDispatcher dispatcher;

    @Inject
    private Clock clock;

    /** Ids of the tasks whose next attempt is due by BSS's clock (read without lock; {@link #resubmitIfDue} checks). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> dueTaskIds() {
        return em.createQuery(
                        "select t.taskId from DeadTask t where t.state = :state and t.retryAt <= :now"
                                + " order by t.retryAt",
                        String.class)
                .setParameter("state", DeadTaskState.WAITING)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Puts the task on the queue when its attempt is (still) due; false when not (e.g. another node did). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean resubmitIfDue(String taskId) {
        DeadTask task = em.find(DeadTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !task.isDue(clock.instant())) {
            return false;
        }
        task.resubmitted();
        dispatcher.resubmit(task.taskId(), task.kind(), task.nextPayload());
        LOG.info("Task {} ({}) submitted again for attempt {}", task.taskId(), task.kind(), task.attempts() + 1);
        return true;
    }

    /** The failed tasks of a kind, the latest failure first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DeadTask> ofKind(String kind) {
        return em.createQuery(
                        "select t from DeadTask t where t.kind = :kind order by t.parkedAt desc, t.taskId",
                        DeadTask.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /**
     * Puts a failed task of this kind on the queue now; its schedule starts over.
     *
     * @throws ObjectNotFoundException no failed task of this kind has the id ({@code notFoundKey} names it)
     * @throws org.bss.common.ConflictException it is on the queue already
     */
    public DeadTask resend(String kind, String taskId, String notFoundKey) {
        DeadTask task = taskId == null ? null : em.find(DeadTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !kind.equals(task.kind())) {
            throw new ObjectNotFoundException(notFoundKey, String.valueOf(taskId));
        }
        task.resent();
        dispatcher.resubmit(task.taskId(), task.kind(), task.nextPayload());
        return task;
    }
}
