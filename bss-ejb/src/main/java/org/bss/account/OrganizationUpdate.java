package org.bss.account;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;

/**
 * A change of an organization's fields of table 5.2 (ORG-5) as updateorganization gives it: roles and marketplace
 * id cannot change this way, so they may only restate the stored values (the same file as at creation); the
 * operator revenue share changes only for a SUPPLIER. A null field keeps its value.
 */
public record OrganizationUpdate(
        String orgId,
        OrganizationData data,
        Set<OrganizationRole> statedRoles,
        String statedMarketplaceId,
        BigDecimal operatorRevenueShare) {

    public OrganizationUpdate {
        statedRoles = statedRoles == null || statedRoles.isEmpty() ? Set.of() : Set.copyOf(statedRoles);
    }

    /** @throws ValidationException account.update.unchangeable naming the key that restates another value */
    public void check(Set<OrganizationRole> storedRoles, String storedMarketplaceId) {
        Set<OrganizationRole> stored = grantable(storedRoles);
        if (!statedRoles.isEmpty() && !statedRoles.equals(stored)) {
            throw new ValidationException(
                    "account.update.unchangeable", OrganizationRoleRules.ROLES_KEY, names(statedRoles), names(stored));
        }
        if (statedMarketplaceId != null && !Objects.equals(statedMarketplaceId, storedMarketplaceId)) {
            throw new ValidationException(
                    "account.update.unchangeable",
                    OrganizationRoleRules.MARKETPLACE_KEY,
                    statedMarketplaceId,
                    storedMarketplaceId == null ? "" : storedMarketplaceId);
        }
    }

    private static Set<OrganizationRole> grantable(Set<OrganizationRole> roles) {
        return roles.stream()
                .filter(OrganizationRole::isGrantable)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationRole.class)));
    }

    private static String names(Set<OrganizationRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
