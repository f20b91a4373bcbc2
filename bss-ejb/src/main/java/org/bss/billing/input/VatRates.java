package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.Optional;

/** The VAT rates that may apply, in percent; each may be null. */
public record VatRates(BigDecimal customerRate, BigDecimal countryRate, BigDecimal supplierDefaultRate) {
    public static VatRates none() {
        return new VatRates(null, null, null);
    }

    /** Customer-specific rate over customer-country rate over the supplier's default rate. */
    public Optional<BigDecimal> applicable() {
        if (customerRate != null) {
            return Optional.of(customerRate);
        }
        return Optional.ofNullable(countryRate != null ? countryRate : supplierDefaultRate);
    }
}
