package org.bss.onboarding;

/**
 * Fired (synchronously, in the transaction) just before the unconfirmed-organization timer deletes an organization:
 * the features above onboarding drop what they keep about it (so far: a marketplace's grant or ban of it).
 */
public record UnconfirmedOrganizationDeleting(long organizationKey) {}
