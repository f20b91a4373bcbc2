package org.bss.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SettingDefinitionTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE);

    @Test
    void everyDescriptionOfAllowedValuesExistsInEveryLanguage() {
        for (SettingDefinition d : SettingsRegistry.all()) {
            for (Locale language : LANGUAGES) {
                assertThat(d.allowedValues(language))
                        .as("%s in %s", d.key(), language)
                        .isNotBlank()
                        .doesNotContain("setting.allowed.");
            }
        }
    }

    @Test
    void wordsAreTranslatedValuesAndBoundsAreNot() {
        SettingDefinition timeZone = SettingsRegistry.get(ConfigKeys.TIME_ZONE_ID);
        assertThat(timeZone.allowedValues(Locale.JAPANESE)).contains("タイムゾーン").contains("GMT-8:00");
        assertThat(timeZone.allowedValues(Locale.GERMAN)).contains("Zeitzonen");
        SettingDefinition secret = SettingsRegistry.get(ConfigKeys.API_SECRET_KEY);
        assertThat(secret.allowedValues()).isEqualTo("text of at least 32 characters");
        assertThat(secret.allowedValues(Locale.JAPANESE)).isEqualTo("32 文字以上のテキスト");
    }

    @Test
    void englishIsWhatRestAndSoapShow() {
        for (SettingDefinition d : SettingsRegistry.all()) {
            assertThat(d.allowedValues()).isEqualTo(d.allowedValues(Locale.ENGLISH));
        }
    }
}
