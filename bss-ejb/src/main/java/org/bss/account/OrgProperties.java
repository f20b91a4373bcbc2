package org.bss.account;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.common.ValidationException;

/**
 * The content of an org.properties file (§5.2, table 5.2): {@code organizationId} is the {@code organization.id}
 * of updateorganization (ORG-5), null for createorganization; {@code settingsPath} the LDAP properties file or null.
 * An organization.* key given empty is an empty string (update: clears the field); a key left out is null.
 */
public record OrgProperties(String organizationId, OrganizationData organization, AdminUserData administrator,
        Set<OrganizationRole> roles, String marketplaceId, BigDecimal operatorRevenueShare, String settingsPath) {

    /**
     * A file for createorganization: no {@code organization.id} (BSS chooses it); a file named by
     * {@code organization.settings} lies on the operator's machine, so its content must come with the call.
     *
     * @param ldapSettingsGiven whether the caller sent the LDAP settings
     * @throws ValidationException account.properties.idOnCreate, account.settings.notSent
     */
    public void checkForCreate(boolean ldapSettingsGiven) {
        if (organizationId != null) {
            throw new ValidationException("account.properties.idOnCreate", OrgPropertiesReader.ORGANIZATION_ID);
        }
        if (settingsPath != null && !ldapSettingsGiven) {
            throw new ValidationException("account.settings.notSent", OrgPropertiesReader.SETTINGS, settingsPath);
        }
    }

    /**
     * A file for updateorganization (ORG-5): {@code organization.id} names the organization; roles and marketplace id
     * cannot change this way, so they may stay in the file only with the stored values (the same file as at
     * creation); {@code organization.settings} names a file on the operator's machine and is not read here.
     *
     * @throws ValidationException account.properties.idRequired, account.update.unchangeable naming the key
     */
    public void checkForUpdate(Set<OrganizationRole> storedRoles, String storedMarketplaceId) {
        if (organizationId == null) {
            throw new ValidationException("account.properties.idRequired", OrgPropertiesReader.ORGANIZATION_ID);
        }
        if (!roles.isEmpty() && !roles.equals(grantable(storedRoles))) {
            throw new ValidationException("account.update.unchangeable", OrgPropertiesReader.ROLES, names(roles),
                    names(grantable(storedRoles)));
        }
        if (marketplaceId != null && !Objects.equals(marketplaceId, storedMarketplaceId)) {
            throw new ValidationException("account.update.unchangeable", OrganizationRoleRules.MARKETPLACE_KEY, marketplaceId,
                    storedMarketplaceId == null ? "" : storedMarketplaceId);
        }
    }

    private static Set<OrganizationRole> grantable(Set<OrganizationRole> roles) {
        return roles.stream().filter(OrganizationRole::isGrantable)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationRole.class)));
    }

    private static String names(Set<OrganizationRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
