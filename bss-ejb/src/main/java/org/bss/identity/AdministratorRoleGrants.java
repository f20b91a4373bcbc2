package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.account.OrganizationRoleRules;
import org.bss.account.OrganizationRolesAdded;
import org.bss.account.OrganizationRolesRemoved;
import org.bss.common.security.Roles;

/**
 * When an organization gains roles (ORG-6), its administrators get the matching manager roles; when it loses one
 * (MKT-1: MARKETPLACE_OWNER), every user of it loses the matching role. Both in the same transaction.
 */
@Stateless
@PermitAll
public class AdministratorRoleGrants {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    public void grant(@Observes OrganizationRolesAdded added) {
        em
                .createQuery("select u from PlatformUser u where u.organization.key = :org", PlatformUser.class)
                .setParameter("org", added.organizationKey())
                .getResultList()
                .stream()
                .filter(user -> user.getRoles().contains(Roles.ORGANIZATION_ADMIN))
                .forEach(user -> added.roles().forEach(r -> user.getRoles().add(OrganizationRoleRules.managerRole(r))));
    }

    public void withdraw(@Observes OrganizationRolesRemoved removed) {
        em.createQuery("select u from PlatformUser u where u.organization.key = :org", PlatformUser.class)
                .setParameter("org", removed.organizationKey())
                .getResultList()
                .forEach(user ->
                        removed.roles().forEach(r -> user.getRoles().remove(OrganizationRoleRules.managerRole(r))));
    }
}
