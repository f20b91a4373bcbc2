package org.bss.portal.operator;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.bss.timer.TimerExpiration;

/**
 * A row of Operation &gt; Manage timers: one timer with its times shown in the platform's time zone
 * ({@link #TIME}), a serializable copy of {@link TimerExpiration}.
 */
public class TimerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the page shows a time: with the offset, so that nobody has to guess the zone. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private final String kind;
    private final String name;
    private final String nextExpiration;
    private final String interval;
    private final long offsetMillis;
    private final String lastRun;
    private final String lastError;
    private final List<String> settingKeys;

    TimerRow(TimerExpiration expiration, String name, ZoneId zone) {
        this.kind = expiration.kind().name();
        this.name = name;
        this.nextExpiration = format(expiration.nextExpiration(), zone);
        this.interval = expiration.interval();
        this.offsetMillis = expiration.offsetMillis();
        this.lastRun = format(expiration.lastRunAt(), zone);
        this.lastError = expiration.lastError();
        this.settingKeys = Stream.concat(
                        expiration.kind().intervalKey().stream(),
                        Stream.of(expiration.kind().offsetKey()))
                .toList();
    }

    private static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    /** The TimerKind name, e.g. BILLING. */
    public String getKind() {
        return kind;
    }

    /** The timer's name in the view's language. */
    public String getName() {
        return name;
    }

    /** The next expiration, null when the timer is disabled. */
    public String getNextExpiration() {
        return nextExpiration;
    }

    public boolean isEnabled() {
        return nextExpiration != null;
    }

    /** Milliseconds or an ISO period (P1M), null when disabled. */
    public String getInterval() {
        return interval;
    }

    public long getOffsetMillis() {
        return offsetMillis;
    }

    public String getLastRun() {
        return lastRun;
    }

    public String getLastError() {
        return lastError;
    }

    /** The settings (App. B.4) that set this timer's interval and offset. */
    public List<String> getSettingKeys() {
        return settingKeys;
    }
}
