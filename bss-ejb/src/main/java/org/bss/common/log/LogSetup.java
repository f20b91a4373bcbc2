package org.bss.common.log;

import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * Builds the log4j2 configuration of §4.1 programmatically (plain Java, unit-tested): three rolling files
 * system.log, access.log, audit.log in one directory, line format {@link LogLine#PATTERN}, rotation at
 * 10 MB keeping 5 files in all (the current one and .1 … .4; as §4.1.4 says, the first full file becomes .1, the next .2, and at the
 * maximum the oldest is dropped).
 */
public final class LogSetup {

    public static final String MAX_FILE_SIZE = "10 MB";
    /** Rolled files kept besides the current one: 5 files in all (§4.1.4). */
    public static final int ROLLED_FILES = 4;

    public static final String DEFAULT_DIRECTORY = "../logs";

    private LogSetup() {}

    /**
     * Resolves LOG_FILE_PATH: an absolute path as is; a relative one against the domain's config directory
     * ({@code <domain>/config}, as GlassFish resolved the guide's default "../logs" to {@code <domain>/logs}).
     */
    public static Path resolveDirectory(String logFilePath, String instanceRoot) {
        String configured = logFilePath == null || logFilePath.isBlank() ? DEFAULT_DIRECTORY : logFilePath.trim();
        return resolve(configured, instanceRoot);
    }

    /** A path setting: absolute as is, relative against {@code <domain>/config} (else the working directory). */
    static Path resolve(String configured, String instanceRoot) {
        Path path = Path.of(configured);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        Path base = instanceRoot == null || instanceRoot.isBlank()
                ? Path.of(System.getProperty("user.dir"))
                : Path.of(instanceRoot).resolve("config");
        return base.resolve(path).toAbsolutePath().normalize();
    }

    /** LOG_LEVEL (ERROR, WARN, INFO, DEBUG) as a log4j level; INFO for anything else. */
    public static Level level(String logLevel) {
        if (logLevel == null) {
            return Level.INFO;
        }
        return switch (logLevel.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "ERROR" -> Level.ERROR;
            case "WARN" -> Level.WARN;
            case "DEBUG" -> Level.DEBUG;
            default -> Level.INFO;
        };
    }

    public static Configuration build(Path directory, Level level) {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setConfigurationName("bss");
        b.setStatusLevel(Level.ERROR);
        b.add(rollingFile(b, "system", directory));
        b.add(rollingFile(b, "access", directory));
        b.add(rollingFile(b, "audit", directory));
        b.add(b.newAppender("console", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_OUT)
                .add(b.newLayout("PatternLayout").addAttribute("pattern", LogLine.PATTERN)));
        b.add(b.newLogger(BssLog.SYSTEM, level).add(b.newAppenderRef("system")).addAttribute("additivity", false));
        b.add(b.newLogger(BssLog.ACCESS, Level.INFO)
                .add(b.newAppenderRef("access"))
                .addAttribute("additivity", false));
        b.add(b.newLogger(BssLog.AUDIT, Level.INFO)
                .add(b.newAppenderRef("audit"))
                .addAttribute("additivity", false));
        b.add(b.newRootLogger(level).add(b.newAppenderRef("system")));
        return b.build(false);
    }

    /** Applies the configuration to the given context (the application's) and starts writing. */
    public static void apply(LoggerContext context, Configuration configuration) {
        context.reconfigure(configuration);
        context.updateLoggers();
    }

    /**
     * Sets levels at run time (LOG-2) on the running configuration: the root and {@value BssLog#SYSTEM} loggers
     * get {@code root}; each feature in {@code features} gets its own logger config
     * ({@code bss.system.<feature>}, additive, so it still writes through the system appender); a feature
     * not in the map loses its config and follows the system level again. Access and audit stay at INFO.
     */
    public static void applyLevels(LoggerContext context, Level root, Map<LogFeature, Level> features) {
        Configuration config = context.getConfiguration();
        config.getRootLogger().setLevel(root);
        LoggerConfig system = config.getLoggers().get(BssLog.SYSTEM);
        if (system != null) {
            system.setLevel(root);
        }
        for (LogFeature feature : LogFeature.values()) {
            String name = feature.loggerName();
            Level level = features.get(feature);
            LoggerConfig existing = config.getLoggers().get(name);
            if (level == null) {
                if (existing != null) {
                    config.removeLogger(name);
                }
            } else if (existing != null) {
                existing.setLevel(level);
            } else {
                config.addLogger(name, new LoggerConfig(name, level, true));
            }
        }
        context.updateLoggers();
    }

    private static AppenderComponentBuilder rollingFile(
            ConfigurationBuilder<BuiltConfiguration> b, String name, Path dir) {
        String file = dir.resolve(name + ".log").toString();
        ComponentBuilder<?> policies = b.newComponent("Policies")
                .addComponent(b.newComponent("SizeBasedTriggeringPolicy").addAttribute("size", MAX_FILE_SIZE));
        ComponentBuilder<?> strategy = b.newComponent("DefaultRolloverStrategy")
                .addAttribute("min", 1)
                .addAttribute("max", ROLLED_FILES)
                .addAttribute("fileIndex", "max");
        return b.newAppender(name, "RollingFile")
                .addAttribute("fileName", file)
                .addAttribute("filePattern", file + ".%i")
                .addAttribute("append", true)
                .add(b.newLayout("PatternLayout")
                        .addAttribute("pattern", LogLine.PATTERN)
                        .addAttribute("charset", "UTF-8"))
                .addComponent(policies)
                .addComponent(strategy);
    }
}
