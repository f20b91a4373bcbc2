package org.bss.portal.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;

/** The basic terms of a price model as the form edits them. */
public class PriceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PriceModelType type = PriceModelType.FREE_OF_CHARGE;
    private String currency;
    private PricingPeriod period = PricingPeriod.MONTH;
    private BigDecimal oneTimeFee;
    private BigDecimal pricePerPeriod;
    private BigDecimal pricePerUser;
    private int freePeriodDays;

    void fill(PriceModelTerms t) {
        if (t == null) {
            return;
        }
        type = t.type();
        currency = t.currency();
        period = t.period() == null ? PricingPeriod.MONTH : t.period();
        oneTimeFee = t.oneTimeFee();
        pricePerPeriod = t.pricePerPeriod();
        pricePerUser = t.pricePerUser();
        freePeriodDays = t.freePeriodDays();
    }

    /** The terms to save: free, or these basic terms with the other prices of the saved ones kept. */
    PriceModelTerms terms(PriceModelTerms saved) {
        if (type == PriceModelType.FREE_OF_CHARGE) {
            return PriceModelTerms.free();
        }
        PriceModelTerms other = saved == null ? PriceModelTerms.free() : saved;
        return new PriceModelTerms(
                type,
                currency,
                period,
                oneTimeFee,
                pricePerPeriod,
                pricePerUser,
                freePeriodDays,
                other.rolePrices(),
                other.userSteps(),
                other.parameters(),
                other.events());
    }

    public PriceModelType getType() {
        return type;
    }

    public void setType(PriceModelType type) {
        this.type = type;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PricingPeriod getPeriod() {
        return period;
    }

    public void setPeriod(PricingPeriod period) {
        this.period = period;
    }

    public BigDecimal getOneTimeFee() {
        return oneTimeFee;
    }

    public void setOneTimeFee(BigDecimal oneTimeFee) {
        this.oneTimeFee = oneTimeFee;
    }

    public BigDecimal getPricePerPeriod() {
        return pricePerPeriod;
    }

    public void setPricePerPeriod(BigDecimal pricePerPeriod) {
        this.pricePerPeriod = pricePerPeriod;
    }

    public BigDecimal getPricePerUser() {
        return pricePerUser;
    }

    public void setPricePerUser(BigDecimal pricePerUser) {
        this.pricePerUser = pricePerUser;
    }

    public int getFreePeriodDays() {
        return freePeriodDays;
    }

    public void setFreePeriodDays(int freePeriodDays) {
        this.freePeriodDays = freePeriodDays;
    }
}
