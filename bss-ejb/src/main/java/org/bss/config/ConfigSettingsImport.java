package org.bss.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.persistence.DatabaseMigration;

/**
 * Start-up half of CFG-2 ("updateConfigSettings"): when the system property {@value #PROPERTY} names a
 * configsettings.properties, its keys that have no stored value are imported (existing values are kept;
 * invalid values are logged and skipped). Also generates API_SECRET_KEY when absent (API-4).
 * Runs after the schema migration and before the beans that read settings at start-up.
 */
@Singleton(name = ConfigSettingsImport.NAME)
@Startup
@DependsOn(DatabaseMigration.NAME)
public class ConfigSettingsImport {

    public static final String NAME = "ConfigSettingsImport";
    public static final String PROPERTY = "bss.configsettings";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void importAtStartup() {
        SettingsStore store = new SettingsStore(em);
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            Path path = Path.of(file.trim());
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(path)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                SettingsStore.ImportResult result = store.importMissing(properties, clock.instant());
                result.imported()
                        .forEach(k -> BssLog.system(LogFeature.CONFIG).info(LogMessage.SETTING_IMPORTED, k, path));
                result.skipped()
                        .forEach((k, why) ->
                                BssLog.system(LogFeature.CONFIG).warn(LogMessage.SETTING_IMPORT_SKIPPED, k, path, why));
            } catch (IOException e) {
                BssLog.system(LogFeature.CONFIG).error(LogMessage.SETTINGS_FILE_UNREADABLE, path, e.toString());
            }
        }
        if (store.ensureSecretKey(clock.instant())) {
            BssLog.system(LogFeature.CONFIG).info(LogMessage.SECRET_GENERATED, ConfigKeys.API_SECRET_KEY);
        }
    }
}
