package org.bss.config.logging;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogLevelFile;
import org.bss.common.log.LogMessage;
import org.bss.common.log.LogSetup;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * LOG-2 (guide §4.1.2): once at start and then every minute, looks at LOG_CONFIG_FILE (log4j.properties, a
 * relative path against {@code <domain>/config}; default {@value LogLevelFile#DEFAULT_FILE}) and, when it
 * appeared, disappeared, changed (time or size) or the setting names another file, applies its levels without a
 * restart: the root level to system.log (LOG_LEVEL as read at start when the file is missing or sets none) and
 * the service levels to {@code bss.system.<feature>} ({@link LogLevelFile}). Services no longer listed follow
 * the root level again. Each application is one system.log line. The schedule is not persistent (per node,
 * nothing to keep: ADR 0002) and never throws.
 */
@Singleton(name = LogLevelWatcher.NAME)
@Startup
@DependsOn(LogConfigurator.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogLevelWatcher {

    public static final String NAME = "LogLevelWatcher";

    /** What was seen of the file at the last check; a difference means the levels are applied again. */
    record Seen(Path file, boolean exists, long modified, long size) {

        static Seen of(Path file) {
            if (file == null) {
                return new Seen(null, false, 0, 0);
            }
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Seen(file, true, a.lastModifiedTime().toMillis(), a.size());
            } catch (IOException e) {
                return new Seen(file, false, 0, 0);
            }
        }
    }

    @EJB
    private SettingsReader settings;

    @EJB
    private LogConfigurator configurator;

    private Seen last;

    @PostConstruct
    void start() {
        check();
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "bss-log-levels")
    void tick() {
        check();
    }

    private void check() {
        try {
            Optional<Path> file = LogLevelFile.resolve(
                    settings.value(ConfigKeys.LOG_CONFIG_FILE), System.getProperty("com.sun.aas.instanceRoot"));
            refresh(file.orElse(null), configurator.level(), (LoggerContext) BssLog.context());
        } catch (RuntimeException e) {
            try {
                BssLog.system().error(LogMessage.UNEXPECTED_ERROR, e, e.toString());
            } catch (RuntimeException ignored) {
                // nothing left to report to; the next tick tries again
            }
        }
    }

    /**
     * Applies the levels of {@code file} (null: no file) to {@code context} when it changed since the last call.
     * Returns whether levels were applied.
     */
    boolean refresh(Path file, Level fallback, LoggerContext context) {
        Seen now = Seen.of(file);
        if (now.equals(last)) {
            return false;
        }
        LogLevelFile levels = LogLevelFile.empty();
        if (now.exists()) {
            try {
                // ISO-8859-1 as java.util.Properties (and log4j 1.x) read it: never fails on odd bytes
                levels = LogLevelFile.parse(Files.readString(file, StandardCharsets.ISO_8859_1));
            } catch (IOException | RuntimeException e) {
                last = now; // retried when the file changes again
                BssLog.system().warn(LogMessage.LOG_CONFIG_FILE_UNREADABLE, file, e.toString());
                return false;
            }
        }
        last = now;
        Level root = levels.root() != null ? levels.root() : fallback;
        LogSetup.applyLevels(context, root, levels.features());
        BssLog.system()
                .info(
                        LogMessage.LOG_LEVELS_APPLIED,
                        root,
                        source(file, now.exists(), levels),
                        services(levels.features()));
        for (LogLevelFile.Ignored entry : levels.ignored()) {
            BssLog.system().warn(LogMessage.LOG_LEVEL_ENTRY_IGNORED, entry.key(), file, entry.reason());
        }
        return true;
    }

    private static String source(Path file, boolean exists, LogLevelFile levels) {
        if (file == null) {
            return "LOG_LEVEL (LOG_CONFIG_FILE not set)";
        }
        if (!exists) {
            return "LOG_LEVEL (no file " + file + ")";
        }
        return levels.root() != null ? file.toString() : "LOG_LEVEL (no " + LogLevelFile.ROOT_KEY + " in " + file + ")";
    }

    private static String services(Map<LogFeature, Level> features) {
        if (features.isEmpty()) {
            return "none";
        }
        return features.entrySet().stream()
                .map(e -> e.getKey().shortName() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
