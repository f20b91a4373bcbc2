package org.bss.portal.operator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationView;
import org.bss.account.PaymentType;

/** The read-only part of the organization details page: a serializable copy of {@link OrganizationView}. */
public class OrganizationDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = OrganizationRow.TIME;

    private final String orgId;
    private final String name;
    private final List<String> roles;
    private final String marketplaceId;
    private final BigDecimal operatorRevenueShare;
    private final String distinguishedName;
    private final List<String> paymentTypes;
    private final String createdAt;
    private final long version;

    OrganizationDetails(OrganizationView view, ZoneId zone) {
        orgId = view.orgId();
        name = view.name();
        roles = new ArrayList<>(view.roles());
        marketplaceId = view.marketplaceId();
        operatorRevenueShare = view.operatorRevenueShare();
        distinguishedName = view.distinguishedName();
        paymentTypes = PaymentType.fromStored(view.paymentTypes()).stream()
                .map(Enum::name)
                .toList();
        createdAt =
                view.createdAt() == null ? null : TIME.format(view.createdAt().atZone(zone));
        version = view.version();
    }

    /** Grantable roles (ORG-1) the organization does not hold yet. */
    public List<String> getAddableRoles() {
        return Arrays.stream(OrganizationRole.values())
                .filter(r -> r.isGrantable() && !roles.contains(r.name()))
                .map(Enum::name)
                .toList();
    }

    /** Payment types not yet available to the organization. */
    public List<String> getAddablePaymentTypes() {
        return Arrays.stream(PaymentType.values())
                .map(Enum::name)
                .filter(t -> !paymentTypes.contains(t))
                .toList();
    }

    /** Only sellers (SUPPLIER, RESELLER) get payment types (C.2 #15). */
    public boolean isSeller() {
        return roles.contains(OrganizationRole.SUPPLIER.name()) || roles.contains(OrganizationRole.RESELLER.name());
    }

    public boolean isSupplier() {
        return roles.contains(OrganizationRole.SUPPLIER.name());
    }

    public String getOrgId() {
        return orgId;
    }

    public String getName() {
        return name;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** The roles, comma-separated; empty for a customer. */
    public String getRolesText() {
        return String.join(", ", roles);
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public BigDecimal getOperatorRevenueShare() {
        return operatorRevenueShare;
    }

    public String getDistinguishedName() {
        return distinguishedName;
    }

    public List<String> getPaymentTypes() {
        return paymentTypes;
    }

    public String getPaymentTypesText() {
        return String.join(", ", paymentTypes);
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
