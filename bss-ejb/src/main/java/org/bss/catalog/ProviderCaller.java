package org.bss.catalog;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.identity.Users;

/** The caller's organization as a technology provider, and its own technical services: another's is "not found". */
final class ProviderCaller {

    private ProviderCaller() {}

    /** @throws OperationNotPermittedException the caller's organization is no technology provider */
    static Organization provider(EntityManager em, SessionContext context) {
        Organization org = Users.caller(em, context).getOrganization();
        if (!org.organizationRoles().contains(OrganizationRole.TECHNOLOGY_PROVIDER)) {
            throw new OperationNotPermittedException("catalog.ts.notProvider", org.getOrgId());
        }
        return org;
    }

    /** @throws ObjectNotFoundException the provider has no technical service of that key */
    static TechnicalService own(EntityManager em, Organization provider, long key) {
        return TechnicalServices.findByKey(em, provider.getKey(), key)
                .orElseThrow(() -> new ObjectNotFoundException("catalog.ts.keyNotFound", String.valueOf(key)));
    }
}
