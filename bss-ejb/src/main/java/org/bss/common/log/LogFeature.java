package org.bss.common.log;

import java.util.Locale;

/**
 * The BSS features that have their own system logger, {@code bss.system.<name>} (LOG-2 "per-service logger
 * levels"). Each is a child of {@value BssLog#SYSTEM}: it writes to system.log through the parent's appender and,
 * unless log4j.properties names it ({@link LogLevelFile}), logs at the system level.
 */
public enum LogFeature {
    ACCOUNT,
    BILLING,
    CATALOG,
    CONFIG,
    IDENTITY,
    MARKETPLACE,
    PORTAL,
    REPORT,
    REST,
    SEARCH,
    SOAP,
    SUBSCRIPTION,
    TASK,
    TIMER,
    TRIGGER;

    /** The short name used in logger names and log4j.properties: "identity". */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The log4j logger name: "bss.system.identity". */
    public String loggerName() {
        return BssLog.SYSTEM + "." + shortName();
    }
}
