package org.bss.catalog;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.identity.Users;

/** The caller's organization as a supplier, and its own services: another supplier's service is "not found". */
public final class SupplierCaller {

    private SupplierCaller() {}

    /** @throws OperationNotPermittedException the caller's organization is no supplier */
    public static Organization supplier(EntityManager em, SessionContext context) {
        Organization org = Users.caller(em, context).getOrganization();
        if (!org.organizationRoles().contains(OrganizationRole.SUPPLIER)) {
            throw new OperationNotPermittedException("catalog.service.notSupplier", org.getOrgId());
        }
        return org;
    }

    /** @throws ObjectNotFoundException the supplier has no service of that key */
    public static MarketableService own(EntityManager em, Organization supplier, long key) {
        return MarketableServices.find(em, key)
                .filter(s -> s.getSupplierKey() == supplier.getKey())
                .orElseThrow(() -> new ObjectNotFoundException("catalog.service.notFound", String.valueOf(key)));
    }
}
