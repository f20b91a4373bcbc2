package org.bss.identity.ldap;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.List;
import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.identity.PlatformUser;
import org.bss.identity.Roles;
import org.bss.identity.Users;

/**
 * Who may act on which organization's LDAP (App. G): the operator on every organization, an organization
 * administrator on their own; the operator organization never uses LDAP (USR-6, guide 3.5).
 */
final class LdapAccess {

    private final EntityManager em;
    private final SessionContext context;

    LdapAccess(EntityManager em, SessionContext context) {
        this.em = em;
        this.context = context;
    }

    boolean isOperator() {
        return context.isCallerInRole(Roles.PLATFORM_OPERATOR);
    }

    /** The calling user; a principal that names nobody may do nothing here. */
    PlatformUser caller() {
        Principal principal = context.getCallerPrincipal();
        PlatformUser user = principal == null ? null : Users.find(em, principal.getName());
        if (user == null) {
            throw new OperationNotPermittedException("ldap.org.notOwn");
        }
        return user;
    }

    /**
     * The organization the caller may manage the LDAP of.
     *
     * @throws ObjectNotFoundException no such organization
     * @throws OperationNotPermittedException the operator organization, or another organization than the caller's
     */
    Organization organization(String orgId) {
        List<Organization> found = em.createQuery("select o from Organization o where o.orgId = :id", Organization.class)
                .setParameter("id", orgId).getResultList();
        if (found.isEmpty()) {
            throw new ObjectNotFoundException("ldap.org.notFound", String.valueOf(orgId));
        }
        Organization org = found.get(0);
        if (org.isOperator()) {
            throw new OperationNotPermittedException("ldap.org.operator", org.getOrgId());
        }
        if (!isOperator() && caller().getOrganization().getKey() != org.getKey()) {
            throw new OperationNotPermittedException("ldap.org.notOwn");
        }
        return org;
    }

    /** A user the caller may refresh: themselves, a user of their organization (administrators), any (operator). */
    PlatformUser user(String userId) {
        List<PlatformUser> found = em.createQuery("select u from PlatformUser u where u.userId = :id", PlatformUser.class)
                .setParameter("id", userId).getResultList();
        if (found.isEmpty()) {
            throw new ObjectNotFoundException("ldap.user.notFound", String.valueOf(userId));
        }
        PlatformUser user = found.get(0);
        PlatformUser caller = caller();
        boolean self = caller.getKey() == user.getKey();
        boolean admin = context.isCallerInRole(Roles.ORGANIZATION_ADMIN)
                && caller.getOrganization().getKey() == user.getOrganization().getKey();
        if (!self && !admin && !isOperator()) {
            throw new OperationNotPermittedException("ldap.org.notOwn");
        }
        return user;
    }
}
