package org.bss.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Read view of an organization, for every surface (roles sorted by name). */
public record OrganizationView(String orgId, String name, String email, String address, String phone, String url,
        String description, String domicile, String locale, Set<String> roles, String marketplaceId,
        BigDecimal operatorRevenueShare, String distinguishedName, String paymentTypes, Instant createdAt, long version) {
}
