package org.bss.system.portal.operator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.bss.system.support.TestDatabase;

/**
 * Settings an operator-page test needs (e.g. AUDIT_LOG_ENABLED), written into config_setting and put back
 * afterwards. The server reads settings from the database on every use, so a change applies at once.
 */
public final class OperatorSettings {

    private OperatorSettings() {}

    /** A stored value to put back: null means the key was not stored (the default applied). */
    public record Previous(String key, String value) {}

    /** Stores {@code value} for {@code key} and returns what was stored before. */
    public static Previous set(String key, String value) {
        String before = stored(key);
        write(key, value);
        return new Previous(key, before);
    }

    /** Puts a previous value back (removes the key when it was not stored). */
    public static void restore(Previous previous) {
        if (previous != null) {
            write(previous.key(), previous.value());
        }
    }

    public static String stored(String key) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select setting_value from config_setting where setting_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    private static void write(String key, String value) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("delete from config_setting where setting_key = ?")) {
                s.setString(1, key);
                s.executeUpdate();
            }
            if (value != null) {
                try (PreparedStatement s = c.prepareStatement("insert into config_setting (setting_key, setting_value,"
                        + " changed_at, version) values (?, ?, ?, 0)")) {
                    s.setString(1, key);
                    s.setString(2, value);
                    s.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                    s.executeUpdate();
                }
            }
            return null;
        });
    }
}
