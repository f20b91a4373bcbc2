package org.bss.task;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bss.common.persistence.DatabaseMigration;

/**
 * Every 15 s puts the failed tasks whose next attempt is due (by BSS's clock, so a moved test clock makes them due)
 * on the queue again. Not persistent, like the timer heartbeat: nothing for Payara to expunge (payara-lab G3); the
 * due times live in dead_task.
 */
@Singleton
@Startup
@DependsOn(DatabaseMigration.NAME)
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskRetryHeartbeat {

    private static final Logger LOG = LogManager.getLogger(TaskRetryHeartbeat.class);

    private final AtomicBoolean ticking = new AtomicBoolean();

    @EJB
    private TaskRetries retries;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "bss-task-retries")
    @PermitAll
    public void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return; // the previous tick is still running
        }
        try {
            for (String taskId : retries.dueTaskIds()) {
                retries.resubmitIfDue(taskId);
            }
        } catch (RuntimeException e) {
            LOG.error("Failed tasks could not be submitted again: {}", e.toString(), e);
        } finally {
            ticking.set(false);
        }
    }
}
