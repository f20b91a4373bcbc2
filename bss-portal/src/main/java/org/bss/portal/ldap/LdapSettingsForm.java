package org.bss.portal.ldap;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bss.identity.ldap.LdapService;
import org.bss.identity.ldap.LdapSettings;

/**
 * The App. C keys of one LDAP settings page (an organization's own keys, or the platform defaults) as the form edits
 * them. The credentials are never read back: the field starts empty, and only a typed value replaces the stored
 * one ({@link LdapService#MASK} keeps it); removing them is an explicit choice. Checking the values is the service's.
 */
public final class LdapSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every key but the credentials, as stored (null: not set); edited in place by the page. */
    private final HashMap<String, String> values = new HashMap<>();

    private final HashMap<String, String> stored = new HashMap<>();
    private final boolean credentialsStored;
    private String newCredentials;
    private boolean clearCredentials;

    private LdapSettingsForm(Map<String, String> settings) {
        for (String key : LdapSettings.KEYS) {
            if (!LdapSettings.CREDENTIALS.equals(key)) {
                values.put(key, settings.get(key));
                stored.put(key, settings.get(key));
            }
        }
        credentialsStored = settings.containsKey(LdapSettings.CREDENTIALS);
    }

    /** The form for keys as the service returned them (credentials masked). */
    public static LdapSettingsForm of(Map<String, String> settings) {
        return new LdapSettingsForm(settings);
    }

    /** What to save or test: the edited keys; the credentials typed, kept (mask) or left out. */
    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : LdapSettings.KEYS) {
            if (LdapSettings.CREDENTIALS.equals(key)) {
                if (isCredentialsTyped()) {
                    out.put(key, newCredentials);
                } else if (credentialsStored && !clearCredentials) {
                    out.put(key, LdapService.MASK);
                }
            } else if (values.get(key) != null && !values.get(key).isBlank()) {
                out.put(key, values.get(key));
            }
        }
        return out;
    }

    /** The keys whose value the form would change, in the order of App. C (blank and unset count as equal). */
    public List<String> changedKeys() {
        List<String> changed = new ArrayList<>();
        for (String key : LdapSettings.KEYS) {
            boolean differs = LdapSettings.CREDENTIALS.equals(key)
                    ? isCredentialsTyped() || (credentialsStored && clearCredentials)
                    : !Objects.equals(normalized(values.get(key)), normalized(stored.get(key)));
            if (differs) {
                changed.add(key);
            }
        }
        return changed;
    }

    private boolean isCredentialsTyped() {
        return newCredentials != null && !newCredentials.isEmpty();
    }

    private static String normalized(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The keys but the credentials, bound by the page as {@code form.values['LDAP_URL']}. */
    public Map<String, String> getValues() {
        return values;
    }

    public boolean isCredentialsStored() {
        return credentialsStored;
    }

    public String getNewCredentials() {
        return newCredentials;
    }

    public void setNewCredentials(String newCredentials) {
        this.newCredentials = newCredentials;
    }

    public boolean isClearCredentials() {
        return clearCredentials;
    }

    public void setClearCredentials(boolean clearCredentials) {
        this.clearCredentials = clearCredentials;
    }
}
