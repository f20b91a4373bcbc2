package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voPriceModel} (ws-contract §3, VOPriceModel). */
@XmlType(
        name = "voPriceModel",
        propOrder = {
            "consideredEvents",
            "currencyISOCode",
            "description",
            "external",
            "freePeriod",
            "license",
            "oneTimeFee",
            "period",
            "pricePerPeriod",
            "pricePerUserAssignment",
            "roleSpecificUserPrices",
            "selectedParameters",
            "steppedPrices",
            "type"
        })
public class VOPriceModel extends BaseVO {

    private static final long serialVersionUID = 1L;

    private List<VOPricedEvent> consideredEvents = new ArrayList<>();
    private String currencyISOCode;
    private String description;
    private boolean external;
    private int freePeriod;
    private String license;
    private BigDecimal oneTimeFee;
    private PricingPeriod period;
    private BigDecimal pricePerPeriod;
    private BigDecimal pricePerUserAssignment;
    private List<VOPricedRole> roleSpecificUserPrices = new ArrayList<>();
    private List<VOPricedParameter> selectedParameters = new ArrayList<>();
    private List<VOSteppedPrice> steppedPrices = new ArrayList<>();
    private PriceModelType type;

    @XmlElement(nillable = true)
    public List<VOPricedEvent> getConsideredEvents() {
        return consideredEvents;
    }

    public void setConsideredEvents(List<VOPricedEvent> consideredEvents) {
        this.consideredEvents = consideredEvents;
    }

    public String getCurrencyISOCode() {
        return currencyISOCode;
    }

    public void setCurrencyISOCode(String currencyISOCode) {
        this.currencyISOCode = currencyISOCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public int getFreePeriod() {
        return freePeriod;
    }

    public void setFreePeriod(int freePeriod) {
        this.freePeriod = freePeriod;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public BigDecimal getOneTimeFee() {
        return oneTimeFee;
    }

    public void setOneTimeFee(BigDecimal oneTimeFee) {
        this.oneTimeFee = oneTimeFee;
    }

    public PricingPeriod getPeriod() {
        return period;
    }

    public void setPeriod(PricingPeriod period) {
        this.period = period;
    }

    public BigDecimal getPricePerPeriod() {
        return pricePerPeriod;
    }

    public void setPricePerPeriod(BigDecimal pricePerPeriod) {
        this.pricePerPeriod = pricePerPeriod;
    }

    public BigDecimal getPricePerUserAssignment() {
        return pricePerUserAssignment;
    }

    public void setPricePerUserAssignment(BigDecimal pricePerUserAssignment) {
        this.pricePerUserAssignment = pricePerUserAssignment;
    }

    @XmlElement(nillable = true)
    public List<VOPricedRole> getRoleSpecificUserPrices() {
        return roleSpecificUserPrices;
    }

    public void setRoleSpecificUserPrices(List<VOPricedRole> roleSpecificUserPrices) {
        this.roleSpecificUserPrices = roleSpecificUserPrices;
    }

    @XmlElement(nillable = true)
    public List<VOPricedParameter> getSelectedParameters() {
        return selectedParameters;
    }

    public void setSelectedParameters(List<VOPricedParameter> selectedParameters) {
        this.selectedParameters = selectedParameters;
    }

    @XmlElement(nillable = true)
    public List<VOSteppedPrice> getSteppedPrices() {
        return steppedPrices;
    }

    public void setSteppedPrices(List<VOSteppedPrice> steppedPrices) {
        this.steppedPrices = steppedPrices;
    }

    public PriceModelType getType() {
        return type;
    }

    public void setType(PriceModelType type) {
        this.type = type;
    }
}
