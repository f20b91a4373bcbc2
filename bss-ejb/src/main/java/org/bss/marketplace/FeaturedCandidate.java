package org.bss.marketplace;

/** A service published on the owner's marketplace: whether it is on sale and whether it is featured now. */
public record FeaturedCandidate(long serviceKey, String serviceId, boolean onSale, boolean featured) {}
