package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;

/** XSD {@code voVatRate} (ws-contract §3.30): a VAT rate in percent (a supplier's default rate). */
@XmlType(
        name = "voVatRate",
        propOrder = {"rate"})
@XmlSeeAlso({VOCountryVatRate.class, VOOrganizationVatRate.class})
public class VOVatRate extends BaseVO {

    private static final long serialVersionUID = 1L;

    private BigDecimal rate;

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
