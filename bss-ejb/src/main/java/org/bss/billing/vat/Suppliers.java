package org.bss.billing.vat;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.OperationNotPermittedException;
import org.bss.identity.Users;

/** The caller's organization as a supplier that sets VAT rates and discounts for its customers. */
public final class Suppliers {

    private Suppliers() {}

    /** @throws OperationNotPermittedException billing.notSupplier: the caller's organization is no supplier */
    public static Organization caller(EntityManager em, SessionContext context) {
        Organization org = Users.caller(em, context).getOrganization();
        if (!org.organizationRoles().contains(OrganizationRole.SUPPLIER)) {
            throw new OperationNotPermittedException("billing.notSupplier", org.getOrgId());
        }
        return org;
    }
}
