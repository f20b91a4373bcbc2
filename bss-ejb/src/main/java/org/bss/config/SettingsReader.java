package org.bss.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * How other beans read effective settings (stored value, else default), typed. Internal: every caller inside
 * bss-ejb may use it (no role needed); surfaces show settings only through {@link ConfigurationService}.
 * Secrets (API_SECRET_KEY) are returned in clear here, for the features that need them.
 * <pre>
 *   &#64;EJB SettingsReader settings;
 *   long attempts = settings.longValue(ConfigKeys.MAX_NUMBER_LOGIN_ATTEMPTS);
 * </pre>
 * A stored value that no longer passes validation (edited in the database by hand) yields the default.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SettingsReader {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    /** The effective value, or null when the key is unset and has no default. */
    public String value(String key) {
        SettingDefinition d = SettingsRegistry.get(key);
        return effective(d, new SettingsStore(em).stored(d.key()));
    }

    public long longValue(String key) {
        String v = value(key);
        if (v == null) {
            throw new IllegalStateException("setting " + key + " has no value");
        }
        return Long.parseLong(v);
    }

    public int intValue(String key) {
        return Math.toIntExact(longValue(key));
    }

    public boolean booleanValue(String key) {
        return Boolean.parseBoolean(value(key));
    }

    /** TIME_ZONE_ID as a ZoneId (GMT-8:00 style ids included). */
    public ZoneId zoneId() {
        return TimeZone.getTimeZone(value(ConfigKeys.TIME_ZONE_ID)).toZoneId();
    }

    /** Every known key with its effective value (null when unset without default). */
    public Map<String, String> effectiveValues() {
        Map<String, String> stored = new SettingsStore(em).storedValues();
        Map<String, String> result = new TreeMap<>();
        for (SettingDefinition d : SettingsRegistry.all()) {
            result.put(d.key(), effective(d, stored.get(d.key())));
        }
        return result;
    }

    static String effective(SettingDefinition d, String stored) {
        if (stored == null) {
            return d.defaultValue();
        }
        try {
            String v = SettingsRegistry.validate(d, stored);
            return v != null ? v : d.defaultValue();
        } catch (RuntimeException e) {
            return d.defaultValue();
        }
    }
}
