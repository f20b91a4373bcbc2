package org.bss.portal.web;

import java.io.Serializable;
import java.util.Locale;
import org.bss.config.Setting;
import org.bss.config.SettingsRegistry;

/** A row of the settings table: a serializable copy of {@link Setting} that a save can refresh. */
public class SettingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Locale locale;
    private String value;
    private String defaultValue;
    private boolean required;
    private String allowedValues;
    private boolean restartRequired;

    /** A row whose description of the allowed values is in the reader's language. */
    public SettingRow(Setting setting, Locale locale) {
        this.key = setting.key();
        this.locale = locale;
        refresh(setting);
    }

    final void refresh(Setting setting) {
        value = setting.value();
        defaultValue = setting.defaultValue();
        required = setting.required();
        allowedValues = SettingsRegistry.find(key)
                .map(definition -> definition.allowedValues(locale))
                .orElse(setting.allowedValues());
        restartRequired = setting.restartRequired();
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public boolean isValueSet() {
        return value != null;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    public String getAllowedValues() {
        return allowedValues;
    }

    public boolean isRestartRequired() {
        return restartRequired;
    }
}
