package org.bss.config;

/**
 * One configuration key with its current value (null when unset) and what the registry knows of
 * it: default, whether it is required, a human-readable description of the allowed values, and
 * whether a change only takes effect after a restart (CFG-5).
 */
public record Setting(
        String key,
        String value,
        String defaultValue,
        boolean required,
        String allowedValues,
        boolean restartRequired) {

    /** The value in force: the stored one, else the default. */
    public String effectiveValue() {
        return value != null ? value : defaultValue;
    }
}
