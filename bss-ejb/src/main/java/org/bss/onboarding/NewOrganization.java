package org.bss.onboarding;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationRole;
import org.bss.identity.UserData;

/**
 * What the operator gives to register an organization (ORG-4, table 5.2): its data, its first administrator, its
 * roles (none: a customer), the marketplace id (ORG-3) and, for a SUPPLIER, the operator revenue share.
 */
public record NewOrganization(
        OrganizationData organization,
        UserData administrator,
        Set<OrganizationRole> roles,
        String marketplaceId,
        BigDecimal operatorRevenueShare) {

    public NewOrganization {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(OrganizationRole.class) : EnumSet.copyOf(roles);
    }
}
