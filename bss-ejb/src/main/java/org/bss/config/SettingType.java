package org.bss.config;

/** The kinds of value a configuration key accepts; {@link SettingsRegistry} validates each. */
public enum SettingType {
    /** {@code true} or {@code false} (case-insensitive, stored lower case). */
    BOOLEAN,
    /** A whole number within [min, max]. */
    LONG,
    /** One of a fixed list of values (case-sensitive, as the guide writes them). */
    ENUMERATION,
    /** An absolute URL with one of the allowed schemes and at most maxLength characters. */
    URL,
    /** A Java time-zone id (PST, America/Los_Angeles, GMT-8:00). */
    TIME_ZONE,
    /** A file-system path (or URL) that the platform can parse. */
    PATH,
    /** Free text of at least minLength characters. */
    STRING,
    /** Comma-separated list of dotted identifiers (HIDDEN_UI_ELEMENTS). */
    IDENTIFIER_LIST,
    /** A host name or an IP address. */
    HOST,
    /** A character set name known to the JVM. */
    CHARSET,
    /** Timer interval: milliseconds within [min, max] (0 = off when min is 0) or an ISO-8601 period P1M / P1W / P1D (TMR-2). */
    TIMER_INTERVAL
}
