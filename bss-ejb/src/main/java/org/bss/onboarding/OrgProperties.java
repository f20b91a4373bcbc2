package org.bss.onboarding;

import java.math.BigDecimal;
import java.util.Set;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationUpdate;
import org.bss.common.ValidationException;
import org.bss.identity.UserData;

/**
 * The content of an org.properties file (§5.2, table 5.2): {@code organizationId} is the {@code organization.id}
 * of updateorganization (ORG-5), null for createorganization; {@code settingsPath} the LDAP properties file or null.
 * An organization.* key given empty is an empty string (update: clears the field); a key left out is null.
 */
public record OrgProperties(
        String organizationId,
        OrganizationData organization,
        UserData administrator,
        Set<OrganizationRole> roles,
        String marketplaceId,
        BigDecimal operatorRevenueShare,
        String settingsPath) {

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

    /** The registration this file asks for (createorganization). */
    public NewOrganization newOrganization() {
        return new NewOrganization(organization, administrator, roles, marketplaceId, operatorRevenueShare);
    }

    /**
     * The change this file asks for (updateorganization, ORG-5): {@code organization.id} names the organization; roles
     * and marketplace id may stay in the file only with the stored values; {@code organization.settings} names a file on
     * the operator's machine and is not read here.
     *
     * @throws ValidationException account.properties.idRequired
     */
    public OrganizationUpdate update() {
        if (organizationId == null) {
            throw new ValidationException("account.properties.idRequired", OrgPropertiesReader.ORGANIZATION_ID);
        }
        return new OrganizationUpdate(organizationId, organization, roles, marketplaceId, operatorRevenueShare);
    }
}
