package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voOperatorOrganization}: the operator's view of an organization (the original's internal
 * {@code VOOperatorOrganization}, §3.64): {@link VOOrganization} plus its {@code organizationRoles}
 * (OrganizationRoleType names; CUSTOMER is implicit and not listed) and available {@code paymentTypes}; BSS adds
 * the customer's {@code marketplaceId} and the supplier's {@code operatorRevenueShare} (percent).
 */
@XmlType(
        name = "voOperatorOrganization",
        propOrder = {"marketplaceId", "operatorRevenueShare", "organizationRoles", "paymentTypes"})
public class VOOperatorOrganization extends VOOrganization {

    private static final long serialVersionUID = 1L;

    private String marketplaceId;
    private BigDecimal operatorRevenueShare;
    private List<String> organizationRoles = new ArrayList<>();
    private List<VOPaymentType> paymentTypes = new ArrayList<>();

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public BigDecimal getOperatorRevenueShare() {
        return operatorRevenueShare;
    }

    public void setOperatorRevenueShare(BigDecimal operatorRevenueShare) {
        this.operatorRevenueShare = operatorRevenueShare;
    }

    public List<String> getOrganizationRoles() {
        return organizationRoles;
    }

    public void setOrganizationRoles(List<String> organizationRoles) {
        this.organizationRoles = organizationRoles;
    }

    public List<VOPaymentType> getPaymentTypes() {
        return paymentTypes;
    }

    public void setPaymentTypes(List<VOPaymentType> paymentTypes) {
        this.paymentTypes = paymentTypes;
    }
}
