package org.bss.web.resource.timer;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.bss.timer.TimerExpiration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of a timer (TMR-4): what the operator sees of it; absent values are left out. */
@Schema(name = "Timer", description = "One timer of §3.4.1 with its next expiration")
@JsonbPropertyOrder({"kind", "enabled", "nextExpiration", "interval", "offsetMillis", "lastRunAt", "lastError"})
public class TimerDto {
    @Schema(
            enumeration = {
                "ORGANIZATION",
                "SUBSCRIPTION_EXPIRATION",
                "TENANT_PROVISIONING_TIMEOUT",
                "BILLING",
                "DISCOUNT_END_NOTIFICATION",
                "INACTIVE_ON_BEHALF_USERS"
            })
    public String kind;

    @Schema(description = "False when its interval setting is 0 or unset: it never expires")
    public boolean enabled;

    @Schema(
            description = "ISO-8601 instant of the next expiration; absent when disabled",
            example = "2027-01-05T00:00:00Z")
    public String nextExpiration;

    @Schema(description = "The interval in force: milliseconds or an ISO period (P1D, P1W, P1M)", example = "86400000")
    public String interval;

    @Schema(description = "Offset from Jan 1 00:00 in milliseconds", example = "345600000")
    public long offsetMillis;

    @Schema(description = "ISO-8601 instant of the last run")
    public String lastRunAt;

    @Schema(description = "What went wrong in the last run")
    public String lastError;

    public static TimerDto of(TimerExpiration e) {
        TimerDto d = new TimerDto();
        d.kind = e.kind().name();
        d.enabled = e.nextExpiration() != null;
        d.nextExpiration = text(e.nextExpiration());
        d.interval = e.interval();
        d.offsetMillis = e.offsetMillis();
        d.lastRunAt = text(e.lastRunAt());
        d.lastError = e.lastError();
        return d;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
