package org.bss.identity.ldap;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;
import org.bss.identity.UserAccess;
import org.bss.identity.Users;

/**
 * Who may act on which organization's LDAP (App. G): the operator on every organization, an organization
 * administrator on their own; the operator organization never uses LDAP (USR-6, guide 3.5). Another organization
 * and its users are "not found", as everywhere ({@link UserAccess}): a caller learns nothing about what exists.
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

    PlatformUser caller() {
        return Users.caller(em, context);
    }

    /**
     * The organization the caller may manage the LDAP of.
     *
     * @throws ObjectNotFoundException no such organization, or another organization than the caller's
     * @throws OperationNotPermittedException the operator organization
     */
    Organization organization(String orgId) {
        Organization org = Organizations.get(em, orgId);
        if (!isOperator() && caller().getOrganization().getKey() != org.getKey()) {
            throw new ObjectNotFoundException("account.organization.notFound", org.getOrgId());
        }
        if (org.isOperator()) {
            throw new OperationNotPermittedException("ldap.org.operator", org.getOrgId());
        }
        return org;
    }

    /**
     * A user the caller may refresh: themselves, a user of their organization (administrators), any (operator).
     *
     * @throws ObjectNotFoundException no such user, or one the caller may not see
     */
    PlatformUser user(String userId) {
        PlatformUser user = Users.byUserId(em, userId);
        if (user == null) {
            throw new ObjectNotFoundException("identity.user.notFound", String.valueOf(userId));
        }
        UserAccess.checkSees(caller(), user);
        return user;
    }
}
