package org.bss.identity;

import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;

/**
 * Who may manage which users (USR-2..4, App. G): the operator the users of every organization, an organization
 * administrator those of the own organization. Other organizations and their users are reported as not found, so an
 * administrator cannot probe which organizations or user ids exist.
 */
public final class UserAccess {

    private UserAccess() {}

    public static boolean isOperator(PlatformUser caller) {
        return caller.getRoles().contains(Roles.PLATFORM_OPERATOR);
    }

    /** @throws OperationNotPermittedException the caller is neither an organization administrator nor the operator */
    public static void checkAdministrator(PlatformUser caller) {
        if (!isOperator(caller) && !caller.getRoles().contains(Roles.ORGANIZATION_ADMIN)) {
            throw new OperationNotPermittedException("identity.user.notPermitted");
        }
    }

    /**
     * @throws OperationNotPermittedException the caller is no administrator
     * @throws ObjectNotFoundException an administrator names another organization: it learns no more than for one
     *         that does not exist
     */
    public static void checkManages(PlatformUser caller, Organization organization) {
        checkAdministrator(caller);
        if (!isOperator(caller) && !sameOrganization(caller, organization)) {
            throw new ObjectNotFoundException("account.organization.notFound", organization.getOrgId());
        }
    }

    /** @throws ObjectNotFoundException the caller may not see {@code user} */
    public static void checkSees(PlatformUser caller, PlatformUser user) {
        if (caller.getKey() == user.getKey()
                || isOperator(caller)
                || (caller.getRoles().contains(Roles.ORGANIZATION_ADMIN)
                        && sameOrganization(caller, user.getOrganization()))) {
            return;
        }
        throw new ObjectNotFoundException("identity.user.notFound", user.getUserId());
    }

    private static boolean sameOrganization(PlatformUser caller, Organization organization) {
        return caller.getOrganization().getKey() == organization.getKey();
    }
}
