package org.bss.billing.vat;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.bss.account.Organization;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;

/** The view of stored VAT settings: countries by code, customers by organization id. */
final class VatViews {

    private VatViews() {}

    static VatView of(EntityManager em, VatSettings settings) {
        List<CountryRate> countries = settings.countryRates().entrySet().stream()
                .map(e -> new CountryRate(e.getKey(), e.getValue()))
                .toList();
        List<CustomerRate> customers = settings.customerRates().entrySet().stream()
                .map(e ->
                        new CustomerRate(em.find(Organization.class, e.getKey()).getOrgId(), e.getValue()))
                .sorted(Comparator.comparing(CustomerRate::organizationId))
                .toList();
        return new VatView(true, settings.getDefaultRate(), countries, customers, settings.getVersion());
    }
}
