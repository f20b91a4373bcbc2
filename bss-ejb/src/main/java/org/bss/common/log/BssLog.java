package org.bss.common.log;

import java.util.EnumMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.bss.common.BssException;

/**
 * BSS's three logs of §4.1 (LOG-1): system.log, access.log (logins) and audit.log (security events),
 * configured by {@link org.bss.config.logging.LogConfigurator}. Lines follow §4.1.3 ({@link LogLine}). A user error
 * ({@link BssException}) is logged as its message, never with a stack trace.
 * <p>
 * {@link #system(LogFeature)} is the system log of one feature (logger {@code bss.system.<feature>}, LOG-2): it
 * writes to system.log like {@link #system()}, and its level can be set apart in log4j.properties
 * ({@link org.bss.config.logging.LogLevelWatcher}).
 */
public final class BssLog {

    public static final String SYSTEM = "bss.system";
    public static final String ACCESS = "bss.access";
    public static final String AUDIT = "bss.audit";

    private static final BssLog SYSTEM_LOG = new BssLog(SYSTEM);
    private static final BssLog ACCESS_LOG = new BssLog(ACCESS);
    private static final BssLog AUDIT_LOG = new BssLog(AUDIT);
    private static final Map<LogFeature, BssLog> FEATURE_LOGS = new EnumMap<>(LogFeature.class);

    static {
        for (LogFeature feature : LogFeature.values()) {
            FEATURE_LOGS.put(feature, new BssLog(feature.loggerName()));
        }
    }

    private final String name;

    private BssLog(String name) {
        this.name = name;
    }

    public static BssLog system() {
        return SYSTEM_LOG;
    }

    /** The system log of one feature: system.log, at the level log4j.properties gives the feature. */
    public static BssLog system(LogFeature feature) {
        return FEATURE_LOGS.get(feature);
    }

    public static BssLog access() {
        return ACCESS_LOG;
    }

    public static BssLog audit() {
        return AUDIT_LOG;
    }

    /** The log4j context of this application (its class loader), the one {@link org.bss.config.logging.LogConfigurator} configures. */
    public static LoggerContext context() {
        return LogManager.getContext(BssLog.class.getClassLoader(), false);
    }

    /** The log4j logger name ("bss.system", "bss.system.identity", ...). */
    public String name() {
        return name;
    }

    private Logger logger() {
        return context().getLogger(name);
    }

    public void info(LogMessage message, Object... args) {
        log(Level.INFO, message, null, args);
    }

    public void warn(LogMessage message, Object... args) {
        log(Level.WARN, message, null, args);
    }

    public void debug(LogMessage message, Object... args) {
        log(Level.DEBUG, message, null, args);
    }

    public void error(LogMessage message, Object... args) {
        log(Level.ERROR, message, null, args);
    }

    /** An error with its cause: the stack trace is written only for unexpected (non-{@link BssException}) errors. */
    public void error(LogMessage message, Throwable cause, Object... args) {
        log(Level.ERROR, message, cause instanceof BssException ? null : cause, args);
    }

    public boolean isDebugEnabled() {
        return logger().isDebugEnabled();
    }

    private void log(Level level, LogMessage message, Throwable cause, Object[] args) {
        Logger logger = logger();
        if (!logger.isEnabled(level)) {
            return;
        }
        String line = LogLine.message(message.id(), Thread.currentThread().getId(), message.format(args));
        if (cause == null) {
            logger.log(level, line);
        } else {
            logger.log(level, line, cause);
        }
    }
}
