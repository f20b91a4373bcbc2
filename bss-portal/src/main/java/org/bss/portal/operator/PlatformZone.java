package org.bss.portal.operator;

import java.time.ZoneId;
import java.util.TimeZone;
import org.bss.config.ConfigKeys;
import org.bss.config.ConfigurationService;

/** The platform's time zone (TIME_ZONE_ID, App. B.4) in which the operator pages show times and "today". */
final class PlatformZone {

    private PlatformZone() {}

    static ZoneId of(ConfigurationService configuration) {
        String id = configuration.getSetting(ConfigKeys.TIME_ZONE_ID).effectiveValue();
        // TimeZone accepts the guide's forms (PST, GMT-8:00) and falls back to GMT for unknown ids.
        return TimeZone.getTimeZone(id == null ? "GMT" : id).toZoneId();
    }
}
