package org.bss.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.identity.PasswordHash;
import org.bss.identity.PlatformUser;
import org.bss.identity.Roles;

/**
 * The operator's organization operations (ORG-3..6, ORG-8): create an organization with its first administrator,
 * update it, add roles, set its distinguished name, read it. Rules live in {@link OrganizationRoleRules} and
 * {@link OrganizationDataValidator}; this bean loads, checks, stores.
 */
@Stateless
public class OrganizationService {

    private static final int ORG_ID_ATTEMPTS = 20;
    private static final String DEFAULT_LOCALE = "en";

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Creates an organization and its first administrator (ORG-4): ORGANIZATION_ADMIN plus the manager role of each
     * organization role, a random initial password that must be changed at first login. Nothing is stored when any
     * check fails.
     *
     * @throws ValidationException a field of table 5.2 or a rule of ORG-3 broken
     * @throws ConflictException the administrator's user id is taken
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public CreatedOrganization createOrganization(OrganizationData data, AdminUserData admin, Set<OrganizationRole> roles,
            String marketplaceId, BigDecimal operatorRevenueShare) {
        Set<OrganizationRole> orgRoles = roles == null || roles.isEmpty() ? EnumSet.noneOf(OrganizationRole.class) : EnumSet.copyOf(roles);
        OrganizationDataValidator.validate(data);
        OrganizationDataValidator.validate(admin);
        OrganizationRoleRules.checkNew(orgRoles, marketplaceId, operatorRevenueShare);
        if (userIdTaken(admin.userId())) {
            throw new ConflictException("account.user.duplicate", admin.userId());
        }
        Instant now = clock.instant();
        String orgLocale = orDefault(data.locale(), DEFAULT_LOCALE);
        Organization org = new Organization(newOrganizationId(), data.name(), orgLocale, now);
        apply(org, data);
        orgRoles.forEach(r -> org.getRoles().add(r.name()));
        org.setMarketplaceId(blankToNull(marketplaceId));
        if (orgRoles.contains(OrganizationRole.SUPPLIER)) {
            org.setOperatorRevenueShare(operatorRevenueShare);
        }
        em.persist(org);

        PlatformUser user = new PlatformUser(admin.userId(), org, orDefault(admin.locale(), orgLocale), now);
        user.setEmail(admin.email());
        user.setFirstName(blankToNull(admin.firstName()));
        user.setLastName(blankToNull(admin.lastName()));
        user.setAdditionalName(blankToNull(admin.additionalName()));
        user.setAddress(blankToNull(admin.address()));
        user.setPhone(blankToNull(admin.phone()));
        user.setSalutation(admin.salutation());
        user.getRoles().addAll(OrganizationRoleRules.administratorRoles(orgRoles));
        String password = RandomCredentials.initialPassword();
        user.setPassword(PasswordHash.hash(password), true, now);
        em.persist(user);
        em.flush();
        return new CreatedOrganization(org.getOrgId(), user.getUserId(), password);
    }

    /**
     * Updates the fields of table 5.2 (ORG-5); roles, settings and marketplace id are not changed this way. A null
     * field keeps its value, a blank one clears it (the name and locale cannot be cleared).
     *
     * @throws ConcurrentModificationException the organization changed since {@code expectedVersion} was read
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public OrganizationView updateOrganization(String orgId, OrganizationData data, long expectedVersion) {
        Organization org = find(orgId);
        if (org.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException("account.organization.stale", orgId,
                    String.valueOf(expectedVersion), String.valueOf(org.getVersion()));
        }
        OrganizationData merged = new OrganizationData(keep(data.name(), org.getName()), keep(data.email(), org.getEmail()),
                keep(data.address(), org.getAddress()), keep(data.phone(), org.getPhone()), keep(data.url(), org.getUrl()),
                keep(data.description(), org.getDescription()), keep(data.domicile(), org.getDomicile()),
                keep(data.locale(), org.getLocale()));
        OrganizationDataValidator.validate(merged);
        apply(org, merged);
        if (merged.locale() != null && !merged.locale().isBlank()) {
            org.setLocale(merged.locale());
        }
        em.flush();
        return view(org);
    }

    /**
     * Adds roles to an organization (ORG-6, the rules of ORG-3 on the combined set). Its administrators get the
     * matching manager roles; a new SUPPLIER role stores the operator revenue share.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public OrganizationView addRoles(String orgId, Set<OrganizationRole> roles, BigDecimal revenueShareIfSupplier) {
        Organization org = find(orgId);
        Set<OrganizationRole> existing = EnumSet.noneOf(OrganizationRole.class);
        for (OrganizationRole role : OrganizationRole.values()) {
            if (org.getRoles().contains(role.name())) {
                existing.add(role);
            }
        }
        OrganizationRoleRules.checkAdd(existing, roles, revenueShareIfSupplier);
        if (roles.contains(OrganizationRole.SUPPLIER) && !existing.contains(OrganizationRole.SUPPLIER)) {
            org.setOperatorRevenueShare(revenueShareIfSupplier);
        }
        roles.forEach(r -> org.getRoles().add(r.name()));
        List<PlatformUser> admins = em.createQuery(
                        "select u from PlatformUser u where u.organization = :org", PlatformUser.class)
                .setParameter("org", org)
                .getResultList();
        for (PlatformUser user : admins) {
            if (user.getRoles().contains(Roles.ORGANIZATION_ADMIN)) {
                roles.forEach(r -> user.getRoles().add(OrganizationRoleRules.managerRole(r)));
            }
        }
        em.flush();
        return view(org);
    }

    /**
     * Sets (or, with null or blank, removes) the distinguished name by which certificate callers of this
     * organization are recognized (ORG-8). A name is unique across organizations.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public OrganizationView setDistinguishedName(String orgId, String distinguishedName) {
        Organization org = find(orgId);
        String dn = blankToNull(distinguishedName);
        if (dn != null) {
            dn = dn.strip();
            if (dn.length() > 255) {
                throw new ValidationException("account.field.tooLong", "distinguishedName", "255", String.valueOf(dn.length()));
            }
            try {
                new LdapName(dn);
            } catch (InvalidNameException | IllegalArgumentException e) {
                throw new ValidationException("account.dn.invalid", dn);
            }
            List<String> holders = em.createQuery(
                            "select o.orgId from Organization o where o.distinguishedName = :dn and o.key <> :key", String.class)
                    .setParameter("dn", dn)
                    .setParameter("key", org.getKey())
                    .getResultList();
            if (!holders.isEmpty()) {
                throw new ConflictException("account.dn.duplicate", dn, holders.get(0));
            }
        }
        org.setDistinguishedName(dn);
        em.flush();
        return view(org);
    }

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public OrganizationView getOrganization(String orgId) {
        return view(find(orgId));
    }

    static OrganizationView view(Organization o) {
        return new OrganizationView(o.getOrgId(), o.getName(), o.getEmail(), o.getAddress(), o.getPhone(), o.getUrl(),
                o.getDescription(), o.getDomicile(), o.getLocale(), new TreeSet<>(o.getRoles()), o.getMarketplaceId(),
                o.getOperatorRevenueShare(), o.getDistinguishedName(), o.getPaymentTypes(), o.getCreatedAt(), o.getVersion());
    }

    private static void apply(Organization org, OrganizationData data) {
        org.setName(data.name());
        org.setEmail(blankToNull(data.email()));
        org.setAddress(blankToNull(data.address()));
        org.setPhone(blankToNull(data.phone()));
        org.setUrl(blankToNull(data.url()));
        org.setDescription(blankToNull(data.description()));
        org.setDomicile(blankToNull(data.domicile()));
    }

    private Organization find(String orgId) {
        List<Organization> found = em.createQuery("select o from Organization o where o.orgId = :id", Organization.class)
                .setParameter("id", orgId)
                .getResultList();
        if (found.isEmpty()) {
            throw new ObjectNotFoundException("account.organization.notFound", String.valueOf(orgId));
        }
        return found.get(0);
    }

    private boolean userIdTaken(String userId) {
        return em.createQuery("select count(u) from PlatformUser u where u.userId = :id", Long.class)
                .setParameter("id", userId)
                .getSingleResult() > 0;
    }

    private String newOrganizationId() {
        for (int i = 0; i < ORG_ID_ATTEMPTS; i++) {
            String candidate = RandomCredentials.organizationId();
            long n = em.createQuery("select count(o) from Organization o where o.orgId = :id", Long.class)
                    .setParameter("id", candidate)
                    .getSingleResult();
            if (n == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free organization id after " + ORG_ID_ATTEMPTS + " attempts");
    }

    private static String keep(String given, String current) {
        return given == null ? current : given;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
