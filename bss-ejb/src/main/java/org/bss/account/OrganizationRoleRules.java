package org.bss.account;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * The role rules of ORG-3 and ORG-6, pure. RESELLER and BROKER exclude each other and TECHNOLOGY_PROVIDER and
 * SUPPLIER; SUPPLIER needs an operator revenue share (0–100, at most 2 decimals); an organization without a role
 * is a customer and needs a marketplace id; PLATFORM_OPERATOR and MARKETPLACE_OWNER are never granted this way.
 */
public final class OrganizationRoleRules {

    /** org.properties key of the operator revenue share, named in messages. */
    public static final String REVENUE_SHARE_KEY = "organization.operatorrevshare";
    /** org.properties key of the marketplace id, named in messages. */
    public static final String MARKETPLACE_KEY = "organization.marketplaceid";

    public static final String ROLES_KEY = "organization.roles";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrganizationRoleRules() {}

    /** Checks the roles, marketplace id and revenue share of a new organization (ORG-3). */
    public static void checkNew(Set<OrganizationRole> roles, String marketplaceId, BigDecimal operatorRevenueShare) {
        Set<OrganizationRole> set = roles == null ? Set.of() : roles;
        checkGrantable(set);
        checkCombination(set);
        if (set.isEmpty() && (marketplaceId == null || marketplaceId.isBlank())) {
            throw new ValidationException("account.marketplace.required", MARKETPLACE_KEY);
        }
        checkRevenueShare(set.contains(OrganizationRole.SUPPLIER), operatorRevenueShare);
    }

    /**
     * Checks adding roles to an organization that holds {@code existing} (ORG-6): the added roles must be grantable
     * and the combined set must satisfy ORG-3; a revenue share is needed when SUPPLIER is newly added.
     */
    public static void checkAdd(
            Set<OrganizationRole> existing, Set<OrganizationRole> added, BigDecimal operatorRevenueShare) {
        if (added == null || added.isEmpty()) {
            throw new ValidationException("account.role.noneGiven", OrganizationRole.grantableNames());
        }
        checkGrantable(added);
        EnumSet<OrganizationRole> combined = EnumSet.noneOf(OrganizationRole.class);
        combined.addAll(existing);
        combined.addAll(added);
        checkCombination(combined);
        boolean newSupplier =
                added.contains(OrganizationRole.SUPPLIER) && !existing.contains(OrganizationRole.SUPPLIER);
        checkRevenueShare(newSupplier, operatorRevenueShare);
    }

    /** Validates a revenue share value: 0 to 100 with at most two decimals. */
    public static void checkRevenueShareValue(BigDecimal share) {
        if (share == null
                || share.signum() < 0
                || share.compareTo(HUNDRED) > 0
                || share.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("account.revenueShare.invalid", REVENUE_SHARE_KEY, String.valueOf(share));
        }
    }

    /** The user roles the first administrator gets: ORGANIZATION_ADMIN and the manager role of each organization role. */
    public static Set<String> administratorRoles(Set<OrganizationRole> roles) {
        Set<String> result = new TreeSet<>();
        result.add(Roles.ORGANIZATION_ADMIN);
        for (OrganizationRole role : roles) {
            String manager = managerRole(role);
            if (manager != null) {
                result.add(manager);
            }
        }
        return result;
    }

    /** The user role that matches an organization role (USR-4), or null. */
    public static String managerRole(OrganizationRole role) {
        return switch (role) {
            case SUPPLIER -> Roles.SERVICE_MANAGER;
            case TECHNOLOGY_PROVIDER -> Roles.TECHNOLOGY_MANAGER;
            case RESELLER -> Roles.RESELLER_MANAGER;
            case BROKER -> Roles.BROKER_MANAGER;
            case MARKETPLACE_OWNER -> Roles.MARKETPLACE_OWNER;
            case PLATFORM_OPERATOR -> Roles.PLATFORM_OPERATOR;
        };
    }

    private static void checkGrantable(Set<OrganizationRole> roles) {
        for (OrganizationRole role : roles) {
            if (!role.isGrantable()) {
                throw new ValidationException(
                        "account.role.notGrantable", role.name(), OrganizationRole.grantableNames());
            }
        }
    }

    private static void checkCombination(Set<OrganizationRole> roles) {
        for (OrganizationRole intermediary :
                new OrganizationRole[] {OrganizationRole.RESELLER, OrganizationRole.BROKER}) {
            if (!roles.contains(intermediary)) {
                continue;
            }
            for (OrganizationRole other : new OrganizationRole[] {
                OrganizationRole.RESELLER,
                OrganizationRole.BROKER,
                OrganizationRole.TECHNOLOGY_PROVIDER,
                OrganizationRole.SUPPLIER
            }) {
                if (other != intermediary && roles.contains(other)) {
                    throw new ValidationException("account.role.exclusive", intermediary.name(), other.name());
                }
            }
        }
    }

    private static void checkRevenueShare(boolean needed, BigDecimal share) {
        if (needed && share == null) {
            throw new ValidationException("account.role.supplierNeedsShare", REVENUE_SHARE_KEY);
        }
        if (share != null) {
            checkRevenueShareValue(share);
        }
    }
}
