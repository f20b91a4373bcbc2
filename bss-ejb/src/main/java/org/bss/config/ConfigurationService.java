package org.bss.config;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import org.bss.common.security.Roles;

/** Settings of App. B.4 (CFG-1, CFG-2) and currencies (CFG-4): the one service every surface calls. */
@Stateless
public class ConfigurationService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<SettingChanged> settingChanged;

    /** Every key the registry knows, in key order, with its stored value or null. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<Setting> getSettings() {
        Map<String, String> stored = new SettingsStore(em).storedValues();
        List<Setting> result = new ArrayList<>();
        for (SettingDefinition d : SettingsRegistry.all()) {
            result.add(toSetting(d, stored.get(d.key())));
        }
        return result;
    }

    /** @throws org.bss.common.ObjectNotFoundException for an unknown key */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Setting getSetting(String key) {
        SettingDefinition d = definition(key);
        return toSetting(d, new SettingsStore(em).stored(d.key()));
    }

    /**
     * Validates and stores one value; an empty or null value unsets an optional key.
     * @throws org.bss.common.ObjectNotFoundException for an unknown key
     * @throws org.bss.common.ValidationException naming the key and what is allowed
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Setting saveSetting(String key, String value) {
        SettingDefinition d = definition(key);
        SettingsStore store = new SettingsStore(em);
        if (d.secret() && SettingsRegistry.MASK.equals(value == null ? null : value.trim())) {
            return toSetting(d, store.stored(d.key())); // the masked value came back unchanged
        }
        String normalized = SettingsRegistry.validate(d, value);
        if (d.fixedAfterSetup()) {
            String current = SettingsReader.effective(d, store.stored(d.key()));
            String wanted = normalized != null ? normalized : d.defaultValue();
            if (!Objects.equals(current, wanted)) {
                throw new ValidationException("config.value.fixedAfterSetup", d.key(), current);
            }
        }
        Optional<SettingChanged> change = store.save(d, normalized, clock.instant());
        change.ifPresent(c -> {
            BssLog.system(LogFeature.CONFIG).info(LogMessage.SETTING_CHANGED, d.key(), d.restartRequired());
            settingChanged.fire(c);
        });
        return toSetting(d, store.stored(d.key()));
    }

    /**
     * Imports a configsettings.properties (CFG-2, the "updateConfigSettings" way): adds keys that have no stored
     * value, keeps existing values, skips unknown keys and invalid values. Returns the keys it stored.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<String> importSettings(Properties properties) {
        SettingsStore.ImportResult result = new SettingsStore(em).importMissing(properties, clock.instant());
        result.skipped()
                .forEach((k, why) ->
                        BssLog.system(LogFeature.CONFIG).warn(LogMessage.SETTING_IMPORT_SKIPPED, k, "import", why));
        result.changes().forEach(settingChanged::fire);
        return result.imported();
    }

    /**
     * Adds an ISO 4217 currency; adding one that is already supported changes nothing.
     * @throws org.bss.common.ValidationException for a code that is not ISO 4217
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public void addCurrency(String isoCode) {
        String code = Currencies.normalize(isoCode);
        if (em.find(SupportedCurrency.class, code) == null) {
            em.persist(new SupportedCurrency(code, clock.instant()));
            BssLog.system(LogFeature.CONFIG).info(LogMessage.CURRENCY_ADDED, code);
        }
    }

    /** Supported currency codes, sorted. */
    @RolesAllowed(Roles.LOGGED_IN)
    public List<String> getCurrencies() {
        return em.createQuery("select c.code from SupportedCurrency c order by c.code", String.class)
                .getResultList();
    }

    private static SettingDefinition definition(String key) {
        return SettingsRegistry.find(key)
                .orElseThrow(() -> new ObjectNotFoundException("config.unknownKey", String.valueOf(key)));
    }

    static Setting toSetting(SettingDefinition d, String stored) {
        return new Setting(
                d.key(),
                d.display(stored),
                d.display(d.defaultValue()),
                d.required(),
                d.allowedValues(),
                d.restartRequired());
    }
}
