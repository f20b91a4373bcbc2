package org.bss.portal.web;

import java.io.Serializable;
import org.bss.config.Setting;

/** A row of the settings table: a serializable copy of {@link Setting} that a save can refresh. */
public class SettingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private String value;
    private String defaultValue;
    private boolean required;
    private String allowedValues;
    private boolean restartRequired;

    public SettingRow(Setting setting) {
        this.key = setting.key();
        refresh(setting);
    }

    final void refresh(Setting setting) {
        value = setting.value();
        defaultValue = setting.defaultValue();
        required = setting.required();
        allowedValues = setting.allowedValues();
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
