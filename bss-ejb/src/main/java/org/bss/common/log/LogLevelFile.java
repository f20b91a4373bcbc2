package org.bss.common.log;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.logging.log4j.Level;

/**
 * The levels of a log4j 1.x-style log4j.properties (guide §4.1.2, LOG-2), parsed without side effects:
 * <ul>
 * <li>{@code log4j.rootLogger=LEVEL[, appender…]}: the root (system) level;</li>
 * <li>{@code log4j.logger.sys.<service>=LEVEL[, appender…]}: the level of one service, where service is a package
 * name of the guide's table ({@code com.fujitsu.adm.um.identityservice}, mapped to a BSS feature by
 * {@link #SERVICES}) or a BSS feature ({@code org.bss.identity} or {@code identity}).</li>
 * </ul>
 * Levels are ERROR, WARN, INFO, DEBUG in any case; another level or an unknown service is {@link #ignored()} with
 * its key. Other keys (appenders, loggers outside {@code sys.}) are left alone: BSS writes its own files. When
 * several services map to one feature, the most detailed level wins. Parsing follows {@link Properties} (as log4j
 * 1.x did): comments, continuation lines, and for a repeated key the last value.
 */
public final class LogLevelFile {

    /** The default of LOG_CONFIG_FILE (B.4.16), relative to {@code <domain>/config}. */
    public static final String DEFAULT_FILE = "./log4j.properties";

    public static final String ROOT_KEY = "log4j.rootLogger";
    public static final String SERVICE_PREFIX = "log4j.logger.sys.";
    private static final String GUIDE_PACKAGE = "com.fujitsu.adm.um.";
    private static final String BSS_PACKAGE = "org.bss.";

    /** The service package names of the guide's table (after com.fujitsu.adm.um.) and the BSS feature of each. */
    static final Map<String, LogFeature> SERVICES = Map.ofEntries(
            Map.entry("accountservice", LogFeature.ACCOUNT),
            Map.entry("billingservice", LogFeature.BILLING),
            Map.entry("categorizationservice", LogFeature.MARKETPLACE),
            Map.entry("discoutservice", LogFeature.ACCOUNT), // sic, as in the guide
            Map.entry("discountservice", LogFeature.ACCOUNT),
            Map.entry("eventservice", LogFeature.SUBSCRIPTION),
            Map.entry("identityservice", LogFeature.IDENTITY),
            Map.entry("marketplace", LogFeature.MARKETPLACE),
            Map.entry("reportingservice", LogFeature.REPORT),
            Map.entry("reviewservice", LogFeature.MARKETPLACE),
            Map.entry("credential", LogFeature.IDENTITY),
            Map.entry("searchservice", LogFeature.SEARCH),
            Map.entry("serviceprovisioningservice", LogFeature.CATALOG),
            Map.entry("sessionservice", LogFeature.IDENTITY),
            Map.entry("subscriptionservice", LogFeature.SUBSCRIPTION),
            Map.entry("triggerservice", LogFeature.TRIGGER),
            Map.entry("triggerdefinitionservice", LogFeature.TRIGGER),
            Map.entry("vatservice", LogFeature.ACCOUNT));

    /** An entry that was not applied: its key and why. */
    public record Ignored(String key, String reason) {}

    private static final LogLevelFile EMPTY = new LogLevelFile(null, Map.of(), List.of());

    private final Level root;
    private final Map<LogFeature, Level> features;
    private final List<Ignored> ignored;

    private LogLevelFile(Level root, Map<LogFeature, Level> features, List<Ignored> ignored) {
        this.root = root;
        this.features = features;
        this.ignored = ignored;
    }

    /** No file: no root level, no service levels. */
    public static LogLevelFile empty() {
        return EMPTY;
    }

    public static LogLevelFile parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text == null ? "" : text));
        } catch (IOException | IllegalArgumentException e) {
            return new LogLevelFile(
                    null, Map.of(), List.of(new Ignored("(file)", "not a properties file: " + e.getMessage())));
        }
        Level root = null;
        Map<LogFeature, Level> features = new EnumMap<>(LogFeature.class);
        List<Ignored> ignored = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            boolean isRoot = key.equals(ROOT_KEY);
            if (!isRoot && !key.startsWith(SERVICE_PREFIX)) {
                continue;
            }
            String value = properties.getProperty(key);
            Level level = level(value);
            if (level == null) {
                ignored.add(new Ignored(key, "level '" + firstPart(value) + "' is not ERROR, WARN, INFO or DEBUG"));
                continue;
            }
            if (isRoot) {
                root = level;
                continue;
            }
            Optional<LogFeature> feature = feature(key.substring(SERVICE_PREFIX.length()));
            if (feature.isEmpty()) {
                ignored.add(new Ignored(key, "unknown service"));
            } else {
                features.merge(feature.get(), level, LogLevelFile::moreDetailed);
            }
        }
        return new LogLevelFile(root, Collections.unmodifiableMap(features), List.copyOf(ignored));
    }

    /**
     * The feature of a service name after {@code log4j.logger.sys.}: a package of the guide's table, with or
     * without com.fujitsu.adm.um., or a BSS feature, with or without org.bss.
     */
    public static Optional<LogFeature> feature(String service) {
        String name = service.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith(GUIDE_PACKAGE)) {
            return Optional.ofNullable(SERVICES.get(name.substring(GUIDE_PACKAGE.length())));
        }
        if (name.startsWith(BSS_PACKAGE)) {
            name = name.substring(BSS_PACKAGE.length());
        }
        for (LogFeature feature : LogFeature.values()) {
            if (feature.shortName().equals(name)) {
                return Optional.of(feature);
            }
        }
        return Optional.ofNullable(SERVICES.get(name));
    }

    /** The level of a log4j 1.x value "LEVEL[, appender…]" (ERROR, WARN, INFO, DEBUG, any case), else null. */
    public static Level level(String value) {
        return switch (firstPart(value).toUpperCase(Locale.ROOT)) {
            case "ERROR" -> Level.ERROR;
            case "WARN" -> Level.WARN;
            case "INFO" -> Level.INFO;
            case "DEBUG" -> Level.DEBUG;
            default -> null;
        };
    }

    /**
     * Resolves LOG_CONFIG_FILE like LOG_FILE_PATH: absolute as is, relative against {@code <domain>/config}.
     * Empty when the setting is unset or blank: then LOG_LEVEL applies.
     */
    public static Optional<Path> resolve(String logConfigFile, String instanceRoot) {
        if (logConfigFile == null || logConfigFile.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LogSetup.resolve(logConfigFile.trim(), instanceRoot));
    }

    /** The root level, null when the file does not set it (LOG_LEVEL applies). */
    public Level root() {
        return root;
    }

    /** The level of each feature the file names; the others follow the root level. */
    public Map<LogFeature, Level> features() {
        return features;
    }

    /** The level entries that were not applied, by key. */
    public List<Ignored> ignored() {
        return ignored;
    }

    private static String firstPart(String value) {
        if (value == null) {
            return "";
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }

    private static Level moreDetailed(Level a, Level b) {
        return a.isLessSpecificThan(b) ? a : b;
    }
}
