package org.bss.timer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bss.clock.ClockMoved;
import org.bss.common.BssException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingChanged;
import org.bss.config.SettingsReader;

/**
 * The timer engine (DESIGN.md "Timers"): keeps one due_work row per {@link TimerKind}, computes due times from
 * BSS's clock with the Jan-1-anchored rule ({@link TimerSchedule}), and runs due kinds: the row is claimed with a
 * row lock (cluster-safe), the handler runs in a transaction of its own, a failure is caught and kept in
 * last_error, and the next due time is computed. Internal (no role): {@link TimerHeartbeat} and
 * {@link TimerAdminService} are its callers.
 */
@Stateless
@PermitAll
public class TimerEngine {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SettingsReader settings;

    @EJB
    private DueWorkExecutor executor;

    @Inject
    @Any
    private Instance<DueWorkHandler> handlers;

    /** The zone whose Jan 1 00:00 anchors the timers: the server's, as in the original product. */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** (Re)computes a kind's schedule from the current settings (TMR-2: a changed setting re-initialises it). */
    public DueWork initialize(TimerKind kind) {
        DueWork row = em.find(DueWork.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new DueWork(kind);
            em.persist(row);
        }
        TimerInterval interval =
                kind.interval(kind.intervalKey().map(settings::value).orElse(null));
        long offset = settings.longValue(kind.offsetKey());
        Instant next =
                interval == null ? null : TimerSchedule.firstExpiration(clock.instant(), interval, offset, zone());
        row.schedule(interval, offset, next);
        BssLog.system(LogFeature.TIMER).info(LogMessage.TIMER_REINITIALIZED, kind, next == null ? "(disabled)" : next);
        return row;
    }

    /** Creates missing rows and re-initialises rows whose settings changed while BSS was not running. */
    public void initializeChanged() {
        for (TimerKind kind : TimerKind.values()) {
            DueWork row = em.find(DueWork.class, kind);
            TimerInterval interval =
                    kind.interval(kind.intervalKey().map(settings::value).orElse(null));
            long offset = settings.longValue(kind.offsetKey());
            boolean same = row != null
                    && Objects.equals(row.getIntervalSpec(), interval == null ? null : interval.toString())
                    && row.getOffsetMillis() == offset
                    && (interval == null || row.getNextDueAt() != null);
            if (!same) {
                initialize(kind);
            }
        }
    }

    /** reinittimers: every kind from the current settings. */
    public void initializeAll() {
        for (TimerKind kind : TimerKind.values()) {
            initialize(kind);
        }
    }

    /** A timer setting was saved: re-initialise that kind at once; switching test mode moves the clock. */
    public void onSettingChanged(@Observes SettingChanged change) {
        if (ConfigKeys.BSS_TEST_CLOCK_ENABLED.equals(change.key())) {
            initializeAll();
        } else {
            TimerKind.ofSettingKey(change.key()).ifPresent(this::initialize);
        }
    }

    /** Due times come from the clock: when the test clock moves, every kind is due anew from the new now. */
    public void onClockMoved(@Observes ClockMoved moved) {
        initializeAll();
    }

    public List<TimerExpiration> expirations() {
        List<TimerExpiration> result = new ArrayList<>();
        List<DueWork> rows =
                em.createQuery("select w from DueWork w", DueWork.class).getResultList();
        for (TimerKind kind : TimerKind.values()) {
            rows.stream()
                    .filter(r -> r.getKind() == kind)
                    .findFirst()
                    .ifPresent(r -> result.add(new TimerExpiration(
                            kind,
                            r.getNextDueAt(),
                            r.getIntervalSpec(),
                            r.getOffsetMillis(),
                            r.getLastRunAt(),
                            r.getLastError())));
        }
        return result;
    }

    /** Kinds whose due time has come (read without lock; {@link #claimAndRun} re-checks under the lock). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TimerKind> dueKinds() {
        return em.createQuery(
                        "select w.kind from DueWork w where w.state = :state and w.nextDueAt <= :now", TimerKind.class)
                .setParameter("state", DueWorkState.SCHEDULED)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /**
     * Claims a due kind under a row lock, runs its handler in a new transaction, records the outcome and computes
     * the next due time. Returns false when the kind was not due (any more), e.g. another node ran it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndRun(TimerKind kind) {
        DueWork row = em.find(DueWork.class, kind, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (row == null || !row.isDue(now)) {
            return false;
        }
        Instant dueAt = row.getNextDueAt();
        String error = null;
        DueWorkHandler handler = handler(kind);
        if (handler == null) {
            error = "no handler deployed for " + kind;
            BssLog.system(LogFeature.TIMER).debug(LogMessage.TIMER_NO_HANDLER, kind);
        } else {
            try {
                executor.execute(handler, dueAt);
            } catch (RuntimeException e) {
                error = describe(e);
                BssLog.system(LogFeature.TIMER).error(LogMessage.TIMER_FAILED, rootCause(e), kind, dueAt, error);
            }
        }
        Instant finished = clock.instant();
        TimerInterval interval = row.interval();
        Instant next = interval == null ? null : TimerSchedule.nextExpiration(dueAt, finished, interval, zone());
        row.ran(finished, error, next);
        if (error == null) {
            BssLog.system(LogFeature.TIMER).info(LogMessage.TIMER_RUN, kind, dueAt, next);
        }
        return true;
    }

    private DueWorkHandler handler(TimerKind kind) {
        for (DueWorkHandler h : handlers) {
            if (h.kind() == kind) {
                return h;
            }
        }
        return null;
    }

    /** The error behind container wrappers (EJBException and the like); a BSS error is reported as is. */
    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (!(t instanceof BssException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String describe(Throwable e) {
        Throwable root = rootCause(e);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
