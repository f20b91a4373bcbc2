package org.bss.account;

import java.util.Set;

/**
 * Fired (synchronously, in the transaction) when an organization loses roles, so far only MARKETPLACE_OWNER when it
 * owns no marketplace any more (MKT-1): the features above account that hold its users take the matching user roles
 * back from every user of the organization.
 */
public record OrganizationRolesRemoved(long organizationKey, Set<OrganizationRole> roles) {}
