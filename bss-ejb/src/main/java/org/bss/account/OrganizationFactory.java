package org.bss.account;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * Builds and persists a new organization (ORG-4) from checked data under a new random id, inside the caller's
 * transaction; registration adds its first administrator.
 */
public final class OrganizationFactory {

    private static final int ORG_ID_HEX_CHARS = 8;
    private static final int ORG_ID_ATTEMPTS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DEFAULT_LOCALE = "en";

    private final EntityManager em;

    public OrganizationFactory(EntityManager em) {
        this.em = em;
    }

    /** Persists the organization under a new random id; the revenue share is kept only for a SUPPLIER. */
    public Organization organization(
            OrganizationData data,
            Set<OrganizationRole> roles,
            String marketplaceId,
            BigDecimal operatorRevenueShare,
            Instant now) {
        Organization org =
                new Organization(newOrganizationId(), data.name(), orDefault(data.locale(), DEFAULT_LOCALE), now);
        apply(org, data);
        roles.forEach(r -> org.getRoles().add(r.name()));
        org.setMarketplaceId(blankToNull(marketplaceId));
        if (roles.contains(OrganizationRole.SUPPLIER)) {
            org.setOperatorRevenueShare(operatorRevenueShare);
        }
        em.persist(org);
        return org;
    }

    /** Copies the optional fields of table 5.2 (blank clears) and the name. */
    static void apply(Organization org, OrganizationData data) {
        org.setName(data.name());
        org.setEmail(blankToNull(data.email()));
        org.setAddress(blankToNull(data.address()));
        org.setPhone(blankToNull(data.phone()));
        org.setUrl(blankToNull(data.url()));
        org.setDescription(blankToNull(data.description()));
        org.setDomicile(blankToNull(data.domicile()));
    }

    private String newOrganizationId() {
        for (int i = 0; i < ORG_ID_ATTEMPTS; i++) {
            String candidate = randomOrganizationId();
            if (!Organizations.exists(em, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free organization id after " + ORG_ID_ATTEMPTS + " attempts");
    }

    /** A candidate id: 8 lower-case hex characters. */
    private static String randomOrganizationId() {
        byte[] bytes = new byte[ORG_ID_HEX_CHARS / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
