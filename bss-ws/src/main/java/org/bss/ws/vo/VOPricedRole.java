package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;

/** XSD {@code voPricedRole} (ws-contract §3, VOPricedRole). */
@XmlType(
        name = "voPricedRole",
        propOrder = {"pricePerUser", "role"})
public class VOPricedRole extends BaseVO {

    private static final long serialVersionUID = 1L;

    private BigDecimal pricePerUser;
    private VORoleDefinition role;

    public BigDecimal getPricePerUser() {
        return pricePerUser;
    }

    public void setPricePerUser(BigDecimal pricePerUser) {
        this.pricePerUser = pricePerUser;
    }

    public VORoleDefinition getRole() {
        return role;
    }

    public void setRole(VORoleDefinition role) {
        this.role = role;
    }
}
