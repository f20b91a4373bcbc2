package org.bss.timer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bss.clock.BssClock;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.persistence.DatabaseMigration;
import org.bss.common.security.Roles;
import org.bss.config.ConfigSettingsImport;

/**
 * The one short heartbeat of DESIGN.md "Timers": every 15 s it follows the clock (test-mode moves made on
 * another node) and runs the due work. The schedule is NOT persistent: nothing to lose or expunge (payara-lab
 * G3/G8), and the due times live in due_work. Operators and tests call {@link #runDueWorkNow()}.
 */
@Singleton
@Startup
@DependsOn({DatabaseMigration.NAME, ConfigSettingsImport.NAME, BssClock.NAME})
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimerHeartbeat {

    private final AtomicBoolean ticking = new AtomicBoolean();

    @EJB
    private TimerEngine engine;

    @EJB
    private BssClock bssClock;

    @PostConstruct
    void start() {
        engine.initializeChanged();
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "bss-heartbeat")
    @PermitAll
    public void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return; // the previous tick is still running
        }
        try {
            bssClock.refresh();
            runDue();
        } catch (RuntimeException e) {
            BssLog.system(LogFeature.TIMER).error(LogMessage.UNEXPECTED_ERROR, e, e.toString());
        } finally {
            ticking.set(false);
        }
    }

    /** Runs every due kind now (after the clock was moved, or on demand) and returns the kinds that ran. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<TimerKind> runDueWorkNow() {
        return runDue();
    }

    private List<TimerKind> runDue() {
        // one run per due kind: after a pause (or a clock move) missed expirations are served once,
        // and the next due time is the first expiration after now
        List<TimerKind> ran = new ArrayList<>();
        for (TimerKind kind : engine.dueKinds()) {
            if (engine.claimAndRun(kind)) {
                ran.add(kind);
            }
        }
        return ran;
    }
}
