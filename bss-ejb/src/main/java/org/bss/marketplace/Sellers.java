package org.bss.marketplace;

import java.util.EnumSet;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.ValidationException;

/**
 * The organizations a marketplace's supplier access is about: those that sell (SUPPLIER, RESELLER or BROKER), as in
 * the original; a reseller or broker publishes what it resells.
 */
final class Sellers {

    private static final Set<OrganizationRole> SELLING =
            EnumSet.of(OrganizationRole.SUPPLIER, OrganizationRole.RESELLER, OrganizationRole.BROKER);

    private Sellers() {}

    static boolean isSeller(Organization org) {
        return org.organizationRoles().stream().anyMatch(SELLING::contains);
    }

    /** @throws ValidationException the organization sells nothing */
    static void requireSeller(Organization org) {
        if (!isSeller(org)) {
            throw new ValidationException("marketplace.supplier.notASeller", org.getOrgId());
        }
    }
}
