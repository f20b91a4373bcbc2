package org.bss.config;

import java.util.List;

/**
 * What the registry knows of one key.
 *
 * @param key             the key as in configsettings.properties
 * @param type            what kind of value it takes
 * @param requirement     required, optional or conditionally required
 * @param defaultValue    value in force when nothing is stored (null: none)
 * @param min             lower bound for LONG and TIMER_INTERVAL (ms); minimum length for STRING
 * @param max             upper bound for LONG and TIMER_INTERVAL (ms); maximum length for URL
 * @param allowed         values of an ENUMERATION; URL schemes of a URL
 * @param restartRequired a change takes effect only after a restart (CFG-5)
 * @param fixedAfterSetup cannot change once set up (AUTH_MODE)
 * @param secret          never shown in clear (shown as {@link SettingsRegistry#MASK})
 * @param extension       a BSS key that is not in App. B.4
 */
public record SettingDefinition(
        String key,
        SettingType type,
        Requirement requirement,
        String defaultValue,
        long min,
        long max,
        List<String> allowed,
        boolean restartRequired,
        boolean fixedAfterSetup,
        boolean secret,
        boolean extension) {

    public SettingDefinition {
        allowed = List.copyOf(allowed);
    }

    public boolean required() {
        return requirement == Requirement.REQUIRED;
    }

    /** Human-readable description of the allowed values (shown with a setting and in errors). */
    public String allowedValues() {
        return switch (type) {
            case BOOLEAN -> "true, false";
            case LONG -> min + "-" + max;
            case ENUMERATION -> String.join(", ", allowed);
            case URL ->
                String.join(" or ", allowed.stream().map(s -> s + "://...").toList()) + ", at most " + max
                        + " characters";
            case TIME_ZONE -> "a Java time zone id, e.g. GMT, PST, America/Los_Angeles, GMT-8:00";
            case PATH -> "a file path";
            case STRING -> min > 1 ? "text of at least " + min + " characters" : "text";
            case IDENTIFIER_LIST -> "comma-separated element names, e.g. navigation.operator,organization.manageVats";
            case HOST -> "a host name or IP address";
            case CHARSET -> "a character set name, e.g. UTF-8";
            case TIMER_INTERVAL ->
                min + "-" + max + " ms" + (min == 0 ? " (0 = off)" : "")
                        + " or an ISO-8601 period such as P1D, P1W, P1M";
        };
    }

    /** The value shown to a caller: secrets are masked. */
    public String display(String value) {
        return secret && value != null ? SettingsRegistry.MASK : value;
    }
}
