package org.bss.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read view of an organization, for every surface: {@code key} the surrogate key, {@code orgId} the organization id
 * callers use; roles sorted by name; payment types as stored (a comma list in {@link PaymentType} order, null for none).
 */
public record OrganizationView(
        long key,
        String orgId,
        String name,
        String email,
        String address,
        String phone,
        String url,
        String description,
        String domicile,
        String locale,
        Set<String> roles,
        String marketplaceId,
        BigDecimal operatorRevenueShare,
        String distinguishedName,
        String paymentTypes,
        Instant createdAt,
        long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(
                o.getKey(),
                o.getOrgId(),
                o.getName(),
                o.getEmail(),
                o.getAddress(),
                o.getPhone(),
                o.getUrl(),
                o.getDescription(),
                o.getDomicile(),
                o.getLocale(),
                new TreeSet<>(o.getRoles()),
                o.getMarketplaceId(),
                o.getOperatorRevenueShare(),
                o.getDistinguishedName(),
                o.getPaymentTypes(),
                o.getCreatedAt(),
                o.getVersion());
    }
}
