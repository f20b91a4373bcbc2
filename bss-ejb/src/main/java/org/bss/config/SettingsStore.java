package org.bss.config;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.bss.common.BssException;
import org.bss.common.ValidationException;

/** Reads and writes config_setting rows; shared by the service, the reader and the start-up import. */
final class SettingsStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    SettingsStore(EntityManager em) {
        this.em = em;
    }

    /** All stored values by key (unknown keys of an older release included). */
    Map<String, String> storedValues() {
        Map<String, String> values = new HashMap<>();
        for (ConfigSetting s : em.createQuery("select s from ConfigSetting s", ConfigSetting.class)
                .getResultList()) {
            values.put(s.getKey(), s.getValue());
        }
        return values;
    }

    String stored(String key) {
        ConfigSetting s = em.find(ConfigSetting.class, key);
        return s == null ? null : s.getValue();
    }

    boolean isStored(String key) {
        return em.find(ConfigSetting.class, key) != null;
    }

    /**
     * Stores an already validated value (null: remove the row, i.e. back to the default) and returns the change
     * of the effective value, or empty when nothing changed.
     */
    Optional<SettingChanged> save(SettingDefinition d, String normalized, Instant now) {
        ConfigSetting row = em.find(ConfigSetting.class, d.key());
        String oldStored = row == null ? null : row.getValue();
        String oldEffective = oldStored != null ? oldStored : d.defaultValue();
        String newEffective = normalized != null ? normalized : d.defaultValue();
        if (normalized == null) {
            if (row != null) {
                em.remove(row);
            }
        } else if (row == null) {
            em.persist(new ConfigSetting(d.key(), normalized, now));
        } else if (!normalized.equals(oldStored)) {
            row.setValue(normalized, now);
        }
        if (java.util.Objects.equals(oldEffective, newEffective)) {
            return Optional.empty();
        }
        return Optional.of(new SettingChanged(d.key(), d.display(oldEffective), d.display(newEffective)));
    }

    /** Outcome of an import: keys stored, keys left alone because they already had a value, keys refused. */
    record ImportResult(
            List<String> imported, List<String> kept, Map<String, String> skipped, List<SettingChanged> changes) {}

    /**
     * Adds the keys of a configsettings.properties that have no stored value yet; keeps existing values (CFG-2).
     * An unknown key or an invalid value is skipped with a reason (English), never stored.
     */
    ImportResult importMissing(Properties properties, Instant now) {
        List<String> imported = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<SettingChanged> changes = new ArrayList<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            Optional<SettingDefinition> def = SettingsRegistry.find(name);
            if (def.isEmpty()) {
                skipped.put(name, "unknown key");
                continue;
            }
            SettingDefinition d = def.get();
            if (isStored(d.key())) {
                kept.add(d.key());
                continue;
            }
            String raw = properties.getProperty(name);
            try {
                String normalized = SettingsRegistry.validate(d, raw);
                if (normalized == null) {
                    skipped.put(d.key(), "empty value");
                    continue;
                }
                save(d, normalized, now).ifPresent(changes::add);
                imported.add(d.key());
            } catch (ValidationException e) {
                skipped.put(d.key(), e.localizedMessage(Locale.ENGLISH));
            } catch (BssException e) {
                skipped.put(d.key(), e.getMessage());
            }
        }
        return new ImportResult(imported, kept, skipped, changes);
    }

    /** Generates and stores API_SECRET_KEY when it has no value (API-4). Returns true when it generated one. */
    boolean ensureSecretKey(Instant now) {
        if (stored(ConfigKeys.API_SECRET_KEY) != null) {
            return false;
        }
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        save(SettingsRegistry.get(ConfigKeys.API_SECRET_KEY), secret, now);
        return true;
    }
}
