package org.bss.identity;

import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;

/**
 * Who may manage which users (USR-2..4, App. G): the operator the users of every organization, an organization
 * administrator those of the own organization. Users of another organization are reported as not found, so an
 * administrator cannot probe other organizations' user ids.
 */
public final class UserAccess {

    private UserAccess() {
    }

    public static boolean isOperator(PlatformUser caller) {
        return caller.getRoles().contains(Roles.PLATFORM_OPERATOR);
    }

    /** @throws OperationNotPermittedException the caller may not manage users of {@code organization} */
    public static void checkManages(PlatformUser caller, Organization organization) {
        if (isOperator(caller)) {
            return;
        }
        if (caller.getRoles().contains(Roles.ORGANIZATION_ADMIN) && sameOrganization(caller, organization)) {
            return;
        }
        throw new OperationNotPermittedException("identity.user.notPermitted");
    }

    /** @throws ObjectNotFoundException the caller may not see {@code user} */
    public static void checkSees(PlatformUser caller, PlatformUser user) {
        if (caller.getKey() == user.getKey() || isOperator(caller)
                || caller.getRoles().contains(Roles.ORGANIZATION_ADMIN) && sameOrganization(caller, user.getOrganization())) {
            return;
        }
        throw new ObjectNotFoundException("identity.user.notFound", user.getUserId());
    }

    private static boolean sameOrganization(PlatformUser caller, Organization organization) {
        return caller.getOrganization().getKey() == organization.getKey();
    }
}
