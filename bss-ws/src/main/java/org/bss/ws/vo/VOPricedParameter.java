package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voPricedParameter} (ws-contract §3, VOPricedParameter). */
@XmlType(
        name = "voPricedParameter",
        propOrder = {
            "parameterKey",
            "pricePerSubscription",
            "pricePerUser",
            "pricedOptions",
            "roleSpecificUserPrices",
            "steppedPrices",
            "voParameterDef"
        })
public class VOPricedParameter extends BaseVO {

    private static final long serialVersionUID = 1L;

    private long parameterKey;
    private BigDecimal pricePerSubscription;
    private BigDecimal pricePerUser;
    private List<VOPricedOption> pricedOptions = new ArrayList<>();
    private List<VOPricedRole> roleSpecificUserPrices = new ArrayList<>();
    private List<VOSteppedPrice> steppedPrices = new ArrayList<>();
    private VOParameterDefinition voParameterDef;

    public long getParameterKey() {
        return parameterKey;
    }

    public void setParameterKey(long parameterKey) {
        this.parameterKey = parameterKey;
    }

    public BigDecimal getPricePerSubscription() {
        return pricePerSubscription;
    }

    public void setPricePerSubscription(BigDecimal pricePerSubscription) {
        this.pricePerSubscription = pricePerSubscription;
    }

    public BigDecimal getPricePerUser() {
        return pricePerUser;
    }

    public void setPricePerUser(BigDecimal pricePerUser) {
        this.pricePerUser = pricePerUser;
    }

    @XmlElement(nillable = true)
    public List<VOPricedOption> getPricedOptions() {
        return pricedOptions;
    }

    public void setPricedOptions(List<VOPricedOption> pricedOptions) {
        this.pricedOptions = pricedOptions;
    }

    @XmlElement(nillable = true)
    public List<VOPricedRole> getRoleSpecificUserPrices() {
        return roleSpecificUserPrices;
    }

    public void setRoleSpecificUserPrices(List<VOPricedRole> roleSpecificUserPrices) {
        this.roleSpecificUserPrices = roleSpecificUserPrices;
    }

    @XmlElement(nillable = true)
    public List<VOSteppedPrice> getSteppedPrices() {
        return steppedPrices;
    }

    public void setSteppedPrices(List<VOSteppedPrice> steppedPrices) {
        this.steppedPrices = steppedPrices;
    }

    public VOParameterDefinition getVoParameterDef() {
        return voParameterDef;
    }

    public void setVoParameterDef(VOParameterDefinition voParameterDef) {
        this.voParameterDef = voParameterDef;
    }
}
