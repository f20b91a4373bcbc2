package org.bss.customer;

import org.bss.account.OrganizationData;
import org.bss.identity.UserData;

/**
 * A customer to register (ORG-2, G.2 Register customer, the contract's registerKnownCustomer and registerCustomer):
 * its organization data, its first administrator and the marketplace it comes to.
 */
public record NewCustomer(OrganizationData organization, UserData administrator, String marketplaceId) {}
