package org.bss.account;

import java.util.Set;

/**
 * Fired (synchronously, in the transaction) when an organization gains roles (ORG-6): the features above account
 * that hold its users give its administrators the matching manager roles.
 */
public record OrganizationRolesAdded(long organizationKey, Set<OrganizationRole> roles) {}
