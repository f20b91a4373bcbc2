package org.bss.config;

/**
 * CDI event fired (synchronously, inside the saving transaction) when a stored setting changes, so that
 * features apply it at once (CFG-5), e.g. the timer engine re-initialises a timer (TMR-2).
 * Values are the effective ones (stored or default); secrets are passed masked.
 */
public record SettingChanged(String key, String oldValue, String newValue) {}
