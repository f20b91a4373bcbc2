package org.bss.clock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * Moves BSS's one clock forward in test mode (off by default; on only when the setting
 * BSS_TEST_CLOCK_ENABLED is true). Production never moves.
 */
@Stateless
public class TestClockService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private BssClock bssClock;

    @EJB
    private SettingsReader settings;

    @Inject
    private Event<ClockMoved> clockMoved;

    /** BSS's current time. */
    @PermitAll
    public Instant now() {
        return bssClock.clock().instant();
    }

    /**
     * Moves the clock forward by {@code by} (positive) and returns the new now.
     * @throws org.bss.common.OperationNotPermittedException when test mode is off
     * @throws org.bss.common.ValidationException for a zero or negative duration
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Instant advance(Duration by) {
        if (!settings.booleanValue(ConfigKeys.BSS_TEST_CLOCK_ENABLED)) {
            throw new OperationNotPermittedException("clock.testModeOff", ConfigKeys.BSS_TEST_CLOCK_ENABLED);
        }
        if (by == null || by.isZero() || by.isNegative()) {
            throw new ValidationException("clock.advance.notPositive", String.valueOf(by));
        }
        return setOffset(state -> Math.addExact(state.getOffsetMillis(), by.toMillis()));
    }

    /** Back to the real time. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Instant reset() {
        return setOffset(state -> 0L);
    }

    private Instant setOffset(java.util.function.ToLongFunction<TestClockState> newOffset) {
        Clock clock = bssClock.clock();
        TestClockState state = em.find(TestClockState.class, TestClockState.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant realNow = Instant.now();
        if (state == null) {
            state = new TestClockState(0, realNow);
            em.persist(state);
        }
        long offset = newOffset.applyAsLong(state);
        state.setOffsetMillis(offset, realNow);
        bssClock.apply(Duration.ofMillis(offset));
        Instant now = clock.instant();
        BssLog.system().info(LogMessage.TEST_CLOCK_MOVED, offset, now);
        clockMoved.fire(new ClockMoved(now));
        return now;
    }
}
