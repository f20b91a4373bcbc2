package org.bss.ws.billing;

import java.util.ArrayList;
import java.util.List;
import org.bss.billing.vat.VatView;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.ws.vo.VOCountryVatRate;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOOrganizationVatRate;
import org.bss.ws.vo.VOVatRate;

/** VAT settings ↔ the contract's VAT VOs: a customer is named by its VOOrganization's organizationId. */
final class VatMapper {

    private VatMapper() {}

    static VOVatRate defaultRate(VatView vat) {
        if (!vat.enabled()) {
            return null;
        }
        VOVatRate vo = new VOVatRate();
        vo.setRate(vat.defaultRate());
        vo.setVersion(vat.version() == null ? 0 : vat.version());
        return vo;
    }

    static List<VOCountryVatRate> countries(VatView vat) {
        List<VOCountryVatRate> out = new ArrayList<>();
        for (CountryRate rate : vat.countryRates()) {
            VOCountryVatRate vo = new VOCountryVatRate();
            vo.setCountry(rate.country());
            vo.setRate(rate.rate());
            out.add(vo);
        }
        return out;
    }

    static List<VOOrganizationVatRate> customers(VatView vat) {
        List<VOOrganizationVatRate> out = new ArrayList<>();
        for (CustomerRate rate : vat.customerRates()) {
            VOOrganization org = new VOOrganization();
            org.setOrganizationId(rate.organizationId());
            VOOrganizationVatRate vo = new VOOrganizationVatRate();
            vo.setOrganization(org);
            vo.setRate(rate.rate());
            out.add(vo);
        }
        return out;
    }

    static List<CountryRate> countries(List<VOCountryVatRate> vos) {
        return vos == null
                ? List.of()
                : vos.stream()
                        .map(v -> new CountryRate(v.getCountry(), v.getRate()))
                        .toList();
    }

    static List<CustomerRate> customers(List<VOOrganizationVatRate> vos) {
        return vos == null
                ? List.of()
                : vos.stream()
                        .map(v -> new CustomerRate(
                                v.getOrganization() == null
                                        ? null
                                        : v.getOrganization().getOrganizationId(),
                                v.getRate()))
                        .toList();
    }
}
