package org.bss.billing.vat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.bss.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VAT rates from 0 to 100 with two decimals; countries of the ISO list. */
class VatRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "19", "8.50", "100", "100.00", "12.500"})
    void validRates(String rate) {
        assertThat(VatRules.rate("rate", new BigDecimal(rate))).isEqualByComparingTo(rate);
        assertThat(VatRules.rate("rate", new BigDecimal(rate)).scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "1000", "8.125"})
    void invalidRates(String rate) {
        assertThatThrownBy(() -> VatRules.rate("rate", new BigDecimal(rate)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((org.bss.common.BssException) e).messageKey())
                .isEqualTo("billing.vat.rate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "XX", "DEU"})
    void unknownCountries(String country) {
        assertThatThrownBy(() -> VatRules.country(country)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "JP", "US"})
    void isoCountries(String country) {
        assertThat(VatRules.country(country)).isEqualTo(country);
    }
}
