package org.bss.billing.vat;

import java.math.BigDecimal;
import java.util.List;

/**
 * A supplier's VAT as read and written: support on or off, the default rate (null when off), the rates per
 * country and per customer (organization id).
 */
public record VatView(
        boolean enabled,
        BigDecimal defaultRate,
        List<CountryRate> countryRates,
        List<CustomerRate> customerRates,
        Integer version) {

    public VatView {
        countryRates = countryRates == null ? List.of() : List.copyOf(countryRates);
        customerRates = customerRates == null ? List.of() : List.copyOf(customerRates);
    }

    /** A country's rate; a null rate removes it when saving. */
    public record CountryRate(String country, BigDecimal rate) {}

    /** A customer's rate; a null rate removes it when saving. */
    public record CustomerRate(String organizationId, BigDecimal rate) {}

    static VatView off() {
        return new VatView(false, null, List.of(), List.of(), null);
    }
}
