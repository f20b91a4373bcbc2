package org.bss.config.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.common.log.LogSetup;
import org.bss.common.persistence.DatabaseMigration;
import org.bss.config.ConfigKeys;
import org.bss.config.ConfigSettingsImport;
import org.bss.config.SettingsReader;

/**
 * Configures log4j2 at deployment (LOG-1..4) from LOG_FILE_PATH and LOG_LEVEL (both take effect at the next
 * start, CFG-5): system.log, access.log, audit.log in the log directory, created when missing. A relative
 * LOG_FILE_PATH is resolved against {@code <domain>/config} (the server's working directory), so the default
 * "../logs" is {@code <domain>/logs}, as in the guide. Levels set in LOG_CONFIG_FILE are applied afterwards,
 * and re-read every minute, by {@link LogLevelWatcher}.
 */
@Singleton(name = LogConfigurator.NAME)
@Startup
@DependsOn({DatabaseMigration.NAME, ConfigSettingsImport.NAME})
public class LogConfigurator {

    public static final String NAME = "LogConfigurator";

    @EJB
    private SettingsReader settings;

    @EJB
    private DatabaseMigration migration;

    private Path directory;

    private Level level = Level.INFO;

    @PostConstruct
    void configure() {
        directory = LogSetup.resolveDirectory(
                settings.value(ConfigKeys.LOG_FILE_PATH), System.getProperty("com.sun.aas.instanceRoot"));
        level = LogSetup.level(settings.value(ConfigKeys.LOG_LEVEL));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            System.err.println("BSS: cannot create log directory " + directory + ": " + e);
        }
        LoggerContext context = (LoggerContext) BssLog.context();
        LogSetup.apply(context, LogSetup.build(directory, level));
        BssLog.system().info(LogMessage.LOGGING_CONFIGURED, directory, level);
        BssLog.system().info(LogMessage.SYSTEM_STARTED, migration.schemaVersion());
    }

    @PreDestroy
    void stop() {
        ((LoggerContext) BssLog.context()).stop();
    }

    /** The directory the logs are written to. */
    public Path directory() {
        return directory;
    }

    /** LOG_LEVEL as read at start: the level when log4j.properties is missing or sets no root level. */
    public Level level() {
        return level;
    }
}
