package org.bss.config;

import java.util.Currency;
import java.util.Locale;
import org.bss.common.ValidationException;

/** ISO 4217 validation (CFG-4), pure. */
public final class Currencies {

    private Currencies() {}

    /**
     * The normalized (upper case) ISO 4217 code.
     * @throws ValidationException when the code is not an ISO 4217 currency known to the JVM
     */
    public static String normalize(String isoCode) {
        String code = isoCode == null ? "" : isoCode.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")
                || Currency.getAvailableCurrencies().stream()
                        .noneMatch(c -> c.getCurrencyCode().equals(code))) {
            throw new ValidationException("config.currency.invalid", isoCode == null ? "" : isoCode.trim());
        }
        return code;
    }
}
