package org.bss.account;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.bss.common.ConflictException;
import org.bss.identity.PasswordHash;
import org.bss.identity.PlatformUser;
import org.bss.identity.Users;

/**
 * Builds and persists a new organization and its first administrator (ORG-4) from checked data; used by
 * {@link OrganizationService} inside its transaction.
 */
final class OrganizationFactory {

    private static final int ORG_ID_ATTEMPTS = 20;
    private static final String DEFAULT_LOCALE = "en";

    private final EntityManager em;

    OrganizationFactory(EntityManager em) {
        this.em = em;
    }

    /** Persists the organization under a new random id; the revenue share is kept only for a SUPPLIER. */
    Organization organization(OrganizationData data, Set<OrganizationRole> roles, String marketplaceId,
            BigDecimal operatorRevenueShare, Instant now) {
        Organization org = new Organization(newOrganizationId(), data.name(), orDefault(data.locale(), DEFAULT_LOCALE), now);
        apply(org, data);
        roles.forEach(r -> org.getRoles().add(r.name()));
        org.setMarketplaceId(blankToNull(marketplaceId));
        if (roles.contains(OrganizationRole.SUPPLIER)) {
            org.setOperatorRevenueShare(operatorRevenueShare);
        }
        em.persist(org);
        return org;
    }

    /**
     * Persists the first administrator: ORGANIZATION_ADMIN plus the manager role of each organization role.
     *
     * @throws ConflictException the user id is taken
     */
    PlatformUser administrator(AdminUserData admin, Organization org, Set<OrganizationRole> roles, Instant now) {
        if (Users.byUserId(em, admin.userId()) != null) {
            throw new ConflictException("account.user.duplicate", admin.userId());
        }
        PlatformUser user = new PlatformUser(admin.userId(), org, orDefault(admin.locale(), org.getLocale()), now);
        user.setEmail(admin.email());
        user.setFirstName(blankToNull(admin.firstName()));
        user.setLastName(blankToNull(admin.lastName()));
        user.setAdditionalName(blankToNull(admin.additionalName()));
        user.setAddress(blankToNull(admin.address()));
        user.setPhone(blankToNull(admin.phone()));
        user.setSalutation(admin.salutation());
        user.getRoles().addAll(OrganizationRoleRules.administratorRoles(roles));
        em.persist(user);
        return user;
    }

    /** Gives the user a random initial password that must be changed at first login; returns it in clear. */
    String initialPassword(PlatformUser user, Instant now) {
        String password = RandomCredentials.initialPassword();
        user.setPassword(PasswordHash.hash(password), true, now);
        return password;
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
            String candidate = RandomCredentials.organizationId();
            if (!Organizations.exists(em, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free organization id after " + ORG_ID_ATTEMPTS + " attempts");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
