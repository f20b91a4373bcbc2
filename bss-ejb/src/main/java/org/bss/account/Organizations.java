package org.bss.account;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.bss.common.ObjectNotFoundException;

/** The organization repository: the one place that finds an organization by its id (DESIGN: one per aggregate). */
public final class Organizations {

    private Organizations() {}

    /** @return the organization with this organization id, or null */
    public static Organization byOrgId(EntityManager em, String orgId) {
        if (orgId == null) {
            return null;
        }
        List<Organization> found = em.createQuery(
                        "select o from Organization o where o.orgId = :id", Organization.class)
                .setParameter("id", orgId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** @throws ObjectNotFoundException no organization has this id */
    public static Organization get(EntityManager em, String orgId) {
        Organization org = byOrgId(em, orgId);
        if (org == null) {
            throw new ObjectNotFoundException("account.organization.notFound", String.valueOf(orgId));
        }
        return org;
    }

    public static boolean exists(EntityManager em, String orgId) {
        return byOrgId(em, orgId) != null;
    }
}
