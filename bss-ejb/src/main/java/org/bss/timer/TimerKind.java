package org.bss.timer;

import java.util.Optional;
import org.bss.config.ConfigKeys;

/** The timers of §3.4.1 / TMR-1 with their setting keys (REFERENCE.md C.3). */
public enum TimerKind {
    /** Deletes organizations whose admin never logged in within PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS. */
    ORGANIZATION(ConfigKeys.TIMER_INTERVAL_ORGANIZATION, ConfigKeys.TIMER_INTERVAL_ORGANIZATION_OFFSET),
    /** Subscriptions past their usage period become unusable (cannot be disabled). */
    SUBSCRIPTION_EXPIRATION(
            ConfigKeys.TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION,
            ConfigKeys.TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET),
    /** Mails about pending subscriptions that timed out. */
    TENANT_PROVISIONING_TIMEOUT(
            ConfigKeys.TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT,
            ConfigKeys.TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET),
    /** Daily billing / revenue-share check (interval fixed at 1 day). */
    BILLING(null, ConfigKeys.TIMER_INTERVAL_BILLING_OFFSET),
    /** Daily discount-end check (interval fixed at 1 day). */
    DISCOUNT_END_NOTIFICATION(null, ConfigKeys.TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET),
    /** Deletes inactive on-behalf pseudo users. */
    INACTIVE_ON_BEHALF_USERS(
            ConfigKeys.TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS,
            ConfigKeys.TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET);

    /** The fixed interval of the daily timers. */
    public static final long ONE_DAY_MILLIS = 86_400_000L;

    private final String intervalKey;
    private final String offsetKey;

    TimerKind(String intervalKey, String offsetKey) {
        this.intervalKey = intervalKey;
        this.offsetKey = offsetKey;
    }

    /** The interval key, empty for the daily timers whose interval is fixed. */
    public Optional<String> intervalKey() {
        return Optional.ofNullable(intervalKey);
    }

    public String offsetKey() {
        return offsetKey;
    }

    /** The timer whose interval or offset is set by this key. */
    public static Optional<TimerKind> ofSettingKey(String key) {
        for (TimerKind k : values()) {
            if (key.equals(k.intervalKey) || key.equals(k.offsetKey)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The interval in force for a setting value (fixed 1 day for the daily timers); null = disabled. */
    public TimerInterval interval(String settingValue) {
        return intervalKey == null ? new TimerInterval.Millis(ONE_DAY_MILLIS) : TimerInterval.parse(settingValue);
    }
}
