package org.bss.account;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The content of an org.properties file (§5.2, table 5.2): {@code organizationId} is the {@code organization.id}
 * of updateorganization (ORG-5), null for createorganization; {@code settingsPath} the LDAP properties file or null.
 */
public record OrgProperties(String organizationId, OrganizationData organization, AdminUserData administrator,
        Set<OrganizationRole> roles, String marketplaceId, BigDecimal operatorRevenueShare, String settingsPath) {
}
