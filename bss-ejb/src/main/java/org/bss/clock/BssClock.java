package org.bss.clock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import org.bss.common.persistence.DatabaseMigration;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingChanged;
import org.bss.config.SettingsReader;

/**
 * Holds the application's {@link MovableClock} and its offset, cached from the test_clock row. The offset is
 * in force only while BSS_TEST_CLOCK_ENABLED is true. {@link #refresh()} re-reads the row (the timer heartbeat
 * calls it, so every node of a cluster follows a move within one heartbeat).
 */
@Singleton(name = BssClock.NAME)
@Startup
@DependsOn(DatabaseMigration.NAME)
@PermitAll
@Lock(LockType.READ)
public class BssClock {

    public static final String NAME = "BssClock";

    private final MovableClock clock = new MovableClock(Clock.systemUTC());

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private SettingsReader settings;

    @PostConstruct
    void init() {
        refresh();
    }

    /** The one clock; its offset follows the test mode. */
    public Clock clock() {
        return clock;
    }

    /** Re-reads the offset from the database (and the test-mode switch). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void refresh() {
        TestClockState state = em.find(TestClockState.class, TestClockState.ID);
        if (state != null) {
            em.refresh(state);
        }
        long offset = state == null ? 0 : state.getOffsetMillis();
        boolean enabled = settings.booleanValue(ConfigKeys.BSS_TEST_CLOCK_ENABLED);
        clock.setOffset(Duration.ofMillis(enabled ? offset : 0));
    }

    /** Applies an offset just written by {@link TestClockService} without waiting for the next refresh. */
    public void apply(Duration offset) {
        clock.setOffset(offset);
    }

    /** Turning the test mode on or off takes effect at once. */
    public void onSettingChanged(@Observes SettingChanged change) {
        if (ConfigKeys.BSS_TEST_CLOCK_ENABLED.equals(change.key())) {
            clock.setOffset(Duration.ofMillis(0));
            if (Boolean.parseBoolean(change.newValue())) {
                TestClockState state = em.find(TestClockState.class, TestClockState.ID);
                clock.setOffset(Duration.ofMillis(state == null ? 0 : state.getOffsetMillis()));
            }
        }
    }
}
