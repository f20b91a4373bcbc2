package org.bss.config;

import java.util.List;
import java.util.Locale;
import org.bss.common.Messages;

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

    /** Human-readable description of the allowed values in English (REST, SOAP and errors). */
    public String allowedValues() {
        return allowedValues(Locale.ENGLISH);
    }

    /** Human-readable description of the allowed values in the reader's language (the portal's settings page). */
    public String allowedValues(Locale locale) {
        String lo = Long.toString(min);
        String hi = Long.toString(max);
        return switch (type) {
            case BOOLEAN -> "true, false";
            case LONG -> lo + "-" + hi;
            case ENUMERATION -> String.join(", ", allowed);
            case URL ->
                Messages.format(
                        locale,
                        "setting.allowed.url",
                        String.join(
                                Messages.format(locale, "setting.allowed.or"),
                                allowed.stream()
                                        .map(scheme -> scheme + "://...")
                                        .toList()),
                        hi);
            case TIME_ZONE -> Messages.format(locale, "setting.allowed.timeZone");
            case PATH -> Messages.format(locale, "setting.allowed.path");
            case STRING ->
                min > 1
                        ? Messages.format(locale, "setting.allowed.textOfAtLeast", lo)
                        : Messages.format(locale, "setting.allowed.text");
            case IDENTIFIER_LIST -> Messages.format(locale, "setting.allowed.identifiers");
            case HOST -> Messages.format(locale, "setting.allowed.host");
            case CHARSET -> Messages.format(locale, "setting.allowed.charset");
            case TIMER_INTERVAL ->
                Messages.format(
                        locale,
                        min == 0 ? "setting.allowed.timerIntervalOrOff" : "setting.allowed.timerInterval",
                        lo,
                        hi);
        };
    }

    /** The value shown to a caller: secrets are masked. */
    public String display(String value) {
        return secret && value != null ? SettingsRegistry.MASK : value;
    }
}
