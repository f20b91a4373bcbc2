package org.bss.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationRoleRules;
import org.bss.common.ConflictException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * The user-role rules of USR-4, pure: ORGANIZATION_ADMIN and SUBSCRIPTION_MANAGER exist in every organization, every
 * other role only where the organization has the matching organization role (SERVICE_MANAGER ↔ SUPPLIER, ...,
 * PLATFORM_OPERATOR ↔ the operator organization); every organization keeps at least one administrator.
 */
public final class UserRoleRules {

    /** Every user role of USR-4 in the guide's order (not the technical LOGGED_IN). */
    public static final Set<String> USER_ROLES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            Roles.ORGANIZATION_ADMIN,
            Roles.SUBSCRIPTION_MANAGER,
            Roles.PLATFORM_OPERATOR,
            Roles.MARKETPLACE_OWNER,
            Roles.SERVICE_MANAGER,
            Roles.TECHNOLOGY_MANAGER,
            Roles.BROKER_MANAGER,
            Roles.RESELLER_MANAGER)));

    private UserRoleRules() {}

    public static boolean isUserRole(String name) {
        return name != null && USER_ROLES.contains(name);
    }

    /** The user roles an organization holding {@code organizationRoles} may give its users, sorted. */
    public static Set<String> available(Collection<String> organizationRoles) {
        Set<String> result = new TreeSet<>(Set.of(Roles.ORGANIZATION_ADMIN, Roles.SUBSCRIPTION_MANAGER));
        for (OrganizationRole role : OrganizationRole.values()) {
            if (organizationRoles.contains(role.name())) {
                String manager = OrganizationRoleRules.managerRole(role);
                if (manager != null) {
                    result.add(manager);
                }
            }
        }
        return result;
    }

    /**
     * Checks that every role is a user role and available to the organization.
     * @throws ValidationException naming the first role that is unknown or not available
     */
    public static void checkAssignable(Collection<String> organizationRoles, Collection<String> userRoles) {
        Set<String> available = available(organizationRoles);
        for (String role : userRoles) {
            if (!isUserRole(role)) {
                throw new ValidationException(
                        "identity.role.unknown", String.valueOf(role), String.join(", ", USER_ROLES));
            }
            if (!available.contains(role)) {
                throw new ValidationException("identity.role.notAvailable", role, String.join(", ", available));
            }
        }
    }

    /**
     * Refuses a change that would leave the organization without an administrator.
     * @param otherAdministrators administrators of the organization besides the user being changed
     * @param stillAdministrator whether the user remains an administrator after the change
     */
    public static void checkAdministratorRemains(long otherAdministrators, boolean stillAdministrator) {
        if (!stillAdministrator && otherAdministrators == 0) {
            throw new ConflictException("identity.user.lastAdministrator");
        }
    }
}
