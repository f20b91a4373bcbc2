package org.bss.web.resource.settings;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.bss.config.Setting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the settings endpoints (JSON-B, public fields). */
public final class SettingsDto {

    private SettingsDto() {}

    @Schema(name = "Setting", description = "A configuration key; secret values are masked")
    @JsonbPropertyOrder({
        "key",
        "value",
        "effectiveValue",
        "defaultValue",
        "required",
        "allowedValues",
        "restartRequired"
    })
    public static class SettingView {
        public String key;

        @Schema(description = "Stored value, null when unset")
        public String value;

        @Schema(description = "Value in force: the stored one, else the default")
        public String effectiveValue;

        public String defaultValue;
        public boolean required;
        public String allowedValues;
        public boolean restartRequired;

        static SettingView of(Setting s) {
            SettingView v = new SettingView();
            v.key = s.key();
            v.value = s.value();
            v.effectiveValue = s.effectiveValue();
            v.defaultValue = s.defaultValue();
            v.required = s.required();
            v.allowedValues = s.allowedValues();
            v.restartRequired = s.restartRequired();
            return v;
        }
    }

    @Schema(name = "SettingValue", description = "An empty string unsets an optional key")
    public static class SettingValue {
        @Schema(required = true, example = "true")
        public String value;
    }
}
