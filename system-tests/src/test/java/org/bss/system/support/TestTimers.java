package org.bss.system.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bss.system.portal.operator.OperatorSettings;

/**
 * The timers as the server stores them (table due_work), for the timer tests of every surface, and a way to make the
 * stored schedule stale: a timer setting written straight into config_setting does not re-initialise its timer (only
 * a save through BSS does), so re-initialising is what brings the schedule in line with it. The timer used for that
 * is the daily discount-end check: its offset only moves the time of day it runs at, and it has no work yet. The
 * setting is written with {@link OperatorSettings}, the one place the tests write settings.
 */
public final class TestTimers {

    /** The setting whose stored value the tests change behind BSS's back. */
    public static final String OFFSET_KEY = "TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET";
    /** The timer it belongs to. */
    public static final String KIND = "DISCOUNT_END_NOTIFICATION";

    /** The original product's timer type names (ws-contract: VOTimerInfo.timerType) by BSS's kind, in BSS's order. */
    public static final Map<String, String> ORIGINAL_TYPE = originalTypes();

    private TestTimers() {}

    /** One due_work row. */
    public record Due(String kind, Instant nextDueAt, String interval, long offsetMillis) {
        public boolean enabled() {
            return nextDueAt != null;
        }
    }

    /** Every timer as stored, by kind. */
    public static Map<String, Due> stored() {
        return TestDatabase.with(c -> {
            Map<String, Due> rows = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                            "select kind, next_due_at, interval_spec, offset_ms from due_work order by kind");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDateTime next = r.getObject(2, LocalDateTime.class);
                    // the server stores UTC instants
                    rows.put(
                            r.getString(1),
                            new Due(
                                    r.getString(1),
                                    next == null ? null : next.toInstant(ZoneOffset.UTC),
                                    r.getString(3),
                                    r.getLong(4)));
                }
            }
            return rows;
        });
    }

    public static Due stored(String kind) {
        Due due = stored().get(kind);
        assertThat(due).as("due_work row of %s", kind).isNotNull();
        return due;
    }

    /**
     * Stores an offset for the discount-end timer that differs from the one it is scheduled with: {@code minutes}
     * after midnight, or a minute later when the timer already runs then. Returns what was stored before (to restore:
     * {@link OperatorSettings#restore}; the schedule needs a re-initialisation afterwards).
     */
    public static OperatorSettings.Previous staleOffset(int minutes) {
        long offset = Duration.ofMinutes(minutes).toMillis();
        if (stored(KIND).offsetMillis() == offset) {
            offset += Duration.ofMinutes(1).toMillis();
        }
        return OperatorSettings.set(OFFSET_KEY, Long.toString(offset));
    }

    /** The offset {@link #staleOffset} stored. */
    public static long storedOffset() {
        return Long.parseLong(OperatorSettings.stored(OFFSET_KEY));
    }

    /**
     * Checks that the discount-end timer is scheduled as the daily rule says for {@code offset}: the first time after
     * {@code notBefore} whose time of day in the server's zone (the test runs on the server's machine) is the offset.
     */
    public static void assertScheduledDailyAt(long offset, Instant notBefore) {
        Due due = stored(KIND);
        assertThat(due.offsetMillis()).as("offset of %s", KIND).isEqualTo(offset);
        assertThat(due.nextDueAt())
                .as("next expiration of %s", KIND)
                .isAfter(notBefore)
                .isBeforeOrEqualTo(notBefore.plus(Duration.ofDays(1)));
        assertThat(due.nextDueAt().atZone(ZoneId.systemDefault()).toLocalTime())
                .isEqualTo(LocalTime.MIDNIGHT.plus(Duration.ofMillis(offset)));
    }

    private static Map<String, String> originalTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ORGANIZATION", "ORGANIZATION_UNCONFIRMED");
        m.put("SUBSCRIPTION_EXPIRATION", "RESTRICTED_SUBSCRIPTION_USAGE_PERIOD");
        m.put("TENANT_PROVISIONING_TIMEOUT", "TENANT_PROVISIONING_TIMEOUT");
        m.put("BILLING", "BILLING_INVOCATION");
        m.put("DISCOUNT_END_NOTIFICATION", "DISCOUNT_END_CHECK");
        m.put("INACTIVE_ON_BEHALF_USERS", "INACTIVE_ON_BEHALF_USERS_REMOVAL");
        return Collections.unmodifiableMap(m);
    }
}
