package org.bss.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesAndReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "usd", " JPY ", "CHF", "GBP"})
    void acceptsIso4217(String code) {
        assertThat(Currencies.normalize(code)).isEqualTo(code.trim().toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "EURO", "XYZ", "12A", "€"})
    void refusesOthers(String code) {
        assertThatThrownBy(() -> Currencies.normalize(code))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Currencies.normalize(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void effectiveValueFallsBackToDefaultForDamagedRows() {
        SettingDefinition d = SettingsRegistry.get(ConfigKeys.MAX_NUMBER_LOGIN_ATTEMPTS);
        assertThat(SettingsReader.effective(d, null)).isEqualTo("3");
        assertThat(SettingsReader.effective(d, "5")).isEqualTo("5");
        assertThat(SettingsReader.effective(d, "zero")).isEqualTo("3");
        assertThat(SettingsReader.effective(SettingsRegistry.get(ConfigKeys.BASE_URL), null))
                .isNull();
    }
}
