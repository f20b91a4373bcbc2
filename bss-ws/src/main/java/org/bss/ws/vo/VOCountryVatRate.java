package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voCountryVatRate} (ws-contract §3.31): the VAT rate of a country (ISO 3166 code). */
@XmlType(
        name = "voCountryVatRate",
        propOrder = {"country"})
public class VOCountryVatRate extends VOVatRate {

    private static final long serialVersionUID = 1L;

    private String country;

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
