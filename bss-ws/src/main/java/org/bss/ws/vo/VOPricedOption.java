package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voPricedOption} (ws-contract §3, VOPricedOption). */
@XmlType(
        name = "voPricedOption",
        propOrder = {"optionId", "parameterOptionKey", "pricePerSubscription", "pricePerUser", "roleSpecificUserPrices"
        })
public class VOPricedOption extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String optionId;
    private long parameterOptionKey;
    private BigDecimal pricePerSubscription;
    private BigDecimal pricePerUser;
    private List<VOPricedRole> roleSpecificUserPrices = new ArrayList<>();

    public String getOptionId() {
        return optionId;
    }

    public void setOptionId(String optionId) {
        this.optionId = optionId;
    }

    public long getParameterOptionKey() {
        return parameterOptionKey;
    }

    public void setParameterOptionKey(long parameterOptionKey) {
        this.parameterOptionKey = parameterOptionKey;
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
    public List<VOPricedRole> getRoleSpecificUserPrices() {
        return roleSpecificUserPrices;
    }

    public void setRoleSpecificUserPrices(List<VOPricedRole> roleSpecificUserPrices) {
        this.roleSpecificUserPrices = roleSpecificUserPrices;
    }
}
