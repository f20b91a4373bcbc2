package org.bss.identity.ldap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.bss.common.ValidationException;

/**
 * The LDAP settings of one organization (App. C, REFERENCE.md C.7), effective after merging: built-in defaults,
 * then the operator's platform defaults, then the organization's own keys (the organization wins, guide 3.5.1).
 * Immutable and always valid: the factory methods refuse unknown keys and bad values with a message naming the key.
 * A blank value counts as absent, so that it falls back to the default.
 */
public final class LdapSettings {

    public static final String URL = "LDAP_URL";
    public static final String BASE_DN = "LDAP_BASE_DN";
    public static final String PRINCIPAL = "LDAP_PRINCIPAL";
    public static final String CREDENTIALS = "LDAP_CREDENTIALS";
    public static final String ATTR_UID = "LDAP_ATTR_UID";
    public static final String ATTR_EMAIL = "LDAP_ATTR_EMAIL";
    public static final String ATTR_FIRST_NAME = "LDAP_ATTR_FIRST_NAME";
    public static final String ATTR_LAST_NAME = "LDAP_ATTR_LAST_NAME";
    public static final String ATTR_ADDITIONAL_NAME = "LDAP_ATTR_ADDITIONAL_NAME";
    public static final String ATTR_LOCALE = "LDAP_ATTR_LOCALE";
    public static final String CONTEXT_FACTORY = "LDAP_CONTEXT_FACTORY";

    /** Every key of App. C, in the guide's order. */
    public static final List<String> KEYS = List.of(
            URL,
            BASE_DN,
            PRINCIPAL,
            CREDENTIALS,
            ATTR_UID,
            ATTR_EMAIL,
            ATTR_FIRST_NAME,
            ATTR_LAST_NAME,
            ATTR_ADDITIONAL_NAME,
            ATTR_LOCALE,
            CONTEXT_FACTORY);

    /** Keys that must have a value once merged (App. C "R"). */
    public static final List<String> REQUIRED = List.of(URL, BASE_DN, ATTR_UID, CONTEXT_FACTORY);

    /** What App. C uses when the platform default does not set these keys. */
    public static final Map<String, String> BUILT_IN_DEFAULTS = Map.of(
            ATTR_UID, "uid",
            CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");

    private final Map<String, String> values;

    private LdapSettings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The keys of a loaded LDAP properties file (or a form): unknown keys refused, values stripped, blank ones
     * dropped, each value checked on its own ({@link LdapSettingValues}). The result may still lack required keys.
     */
    public static Map<String, String> parse(Properties properties) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            raw.put(key, properties.getProperty(key));
        }
        return parse(raw);
    }

    /** As {@link #parse(Properties)}, for key/value pairs from a surface. */
    public static Map<String, String> parse(Map<String, String> raw) {
        Set<String> unknown = new TreeSet<>(raw.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ValidationException(
                    "ldap.settings.unknownKeys", String.join(", ", unknown), String.join(", ", KEYS));
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = raw.get(key);
            if (value != null && !value.isBlank()) {
                String stripped = value.strip();
                LdapSettingValues.check(key, stripped);
                clean.put(key, stripped);
            }
        }
        return clean;
    }

    /**
     * Merges the layers and checks the result: every required key present.
     *
     * @param platformDefaults the operator's defaults (already parsed), may be empty
     * @param organization the organization's own keys (already parsed)
     */
    public static LdapSettings effective(Map<String, String> platformDefaults, Map<String, String> organization) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = firstSet(organization.get(key), platformDefaults.get(key), BUILT_IN_DEFAULTS.get(key));
            if (value != null) {
                merged.put(key, value);
            }
        }
        for (String key : REQUIRED) {
            if (!merged.containsKey(key)) {
                throw new ValidationException("ldap.settings.required", key);
            }
        }
        return new LdapSettings(merged);
    }

    private static String firstSet(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    /** The value of a key, or null when unset. */
    public String value(String key) {
        return values.get(key);
    }

    public String url() {
        return values.get(URL);
    }

    public String baseDn() {
        return values.get(BASE_DN);
    }

    /** @return the search principal, or null for anonymous searches */
    public String principal() {
        return values.get(PRINCIPAL);
    }

    public String credentials() {
        return values.get(CREDENTIALS);
    }

    public String uidAttribute() {
        return values.get(ATTR_UID);
    }

    public String contextFactory() {
        return values.get(CONTEXT_FACTORY);
    }

    /** Every set key with its value, in the order of App. C. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Never shows the credentials (settings end up in logs and messages). */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.computeIfPresent(CREDENTIALS, (k, v) -> "****");
        return "LdapSettings" + shown;
    }
}
