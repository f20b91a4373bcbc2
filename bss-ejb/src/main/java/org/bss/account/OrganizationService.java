package org.bss.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditTrail;
import org.bss.common.AuthenticationException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageTotal;
import org.bss.common.security.CallerDirectory;
import org.bss.common.security.CallerIdentity;
import org.bss.common.security.Roles;

/**
 * The operator's organization operations (ORG-3..6, ORG-8, §7.3): create an organization with its first
 * administrator, update it, add roles, set its distinguished name, add payment types, read and list. Rules live
 * in {@link OrganizationRoleRules}, {@link OrganizationDataValidator}, {@link OrganizationUpdate} and {@link PaymentType};
 * this bean loads, checks, stores and records each change in the audit log (39000–39004, docs/audit.md).
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class OrganizationService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CallerDirectory callers;

    @Inject
    private Event<OrganizationRolesAdded> rolesAdded;

    @Resource
    private SessionContext context;

    /**
     * Updates the fields of table 5.2 (ORG-5); roles, settings and marketplace id are not changed this way. A null
     * field keeps its value, a blank one clears it (the name and locale cannot be cleared).
     *
     * @throws ConcurrentModificationException the organization changed since {@code expectedVersion} was read
     */
    public OrganizationView updateOrganization(String orgId, OrganizationData data, long expectedVersion) {
        Organization org = find(orgId);
        checkVersion(org, expectedVersion);
        return update(org, data, null);
    }

    /**
     * Updates an organization as updateorganization gives it (ORG-5): fields left out keep their values, roles and
     * marketplace id may only restate the stored ones, the operator revenue share changes only for a SUPPLIER.
     *
     * @param expectedVersion the version read before, or null to update whatever is stored (the CLI)
     */
    public OrganizationView updateOrganization(OrganizationUpdate change, Long expectedVersion) {
        Organization org = find(change.orgId());
        change.check(org.organizationRoles(), org.getMarketplaceId());
        if (expectedVersion != null) {
            checkVersion(org, expectedVersion);
        }
        return update(org, change.data(), change.operatorRevenueShare());
    }

    /**
     * Adds roles to an organization (ORG-6, the rules of ORG-3 on the combined set). Its administrators get the
     * matching manager roles; a new SUPPLIER role stores the operator revenue share. One audit entry per call.
     */
    public OrganizationView addRoles(String orgId, Set<OrganizationRole> roles, BigDecimal revenueShareIfSupplier) {
        Organization org = find(orgId);
        Set<OrganizationRole> existing = org.organizationRoles();
        OrganizationRoleRules.checkAdd(existing, roles, revenueShareIfSupplier);
        if (roles.contains(OrganizationRole.SUPPLIER) && !existing.contains(OrganizationRole.SUPPLIER)) {
            org.setOperatorRevenueShare(revenueShareIfSupplier);
        }
        roles.forEach(r -> org.getRoles().add(r.name()));
        rolesAdded.fire(new OrganizationRolesAdded(org.getKey(), Set.copyOf(roles)));
        em.flush();
        audit.record(AuditOperation.ADD_ORGANIZATION_ROLE, OrganizationAudit.rolesAdded(org, roles));
        return OrganizationView.of(org);
    }

    /**
     * Sets (or, with null or blank, removes) the distinguished name by which certificate callers of this
     * organization are recognized (ORG-8). A name is unique across organizations.
     */
    public OrganizationView setDistinguishedName(String orgId, String distinguishedName) {
        Organization org = find(orgId);
        String dn = DistinguishedNames.normalize(distinguishedName);
        if (dn != null) {
            List<String> holders = em.createQuery(
                            "select o.orgId from Organization o where o.distinguishedName = :dn and o.key <> :key",
                            String.class)
                    .setParameter("dn", dn)
                    .setParameter("key", org.getKey())
                    .getResultList();
            if (!holders.isEmpty()) {
                throw new ConflictException("account.dn.duplicate", dn, holders.get(0));
            }
        }
        org.setDistinguishedName(dn);
        em.flush();
        audit.record(AuditOperation.SET_DISTINGUISHED_NAME, OrganizationAudit.distinguishedNameSet(org));
        return OrganizationView.of(org);
    }

    /**
     * Makes payment types available to a seller (§7.3, C.2 #15): only SUPPLIER or RESELLER organizations; the ids
     * of {@link PaymentType}; added to those already available.
     *
     * @throws ValidationException an unknown id (named), none given, or the organization is no seller
     */
    public OrganizationView addAvailablePaymentTypes(String orgId, Set<String> paymentTypes) {
        Set<PaymentType> types = PaymentType.parse(paymentTypes);
        Organization org = find(orgId);
        PaymentType.checkSeller(org.getOrgId(), org.organizationRoles());
        org.addPaymentTypes(types);
        em.flush();
        audit.record(AuditOperation.ADD_PAYMENT_TYPES, OrganizationAudit.paymentTypesAdded(org, types));
        return OrganizationView.of(org);
    }

    /** The caller's own organization, read-only (App. G.1 "organization profile"); any logged-in user. */
    @RolesAllowed(Roles.LOGGED_IN)
    public OrganizationView getOwnOrganization() {
        return OrganizationView.of(Organizations.get(em, callerOrgId()));
    }

    /**
     * Updates the fields of table 5.2 of the caller's own organization, as {@link #updateOrganization(String,
     * OrganizationData, long)} (audited the same way): an organization administrator edits the own organization's
     * data, as in the original product (SOAP AccountService.updateAccountInformation).
     *
     * @throws ConcurrentModificationException the organization changed since {@code expectedVersion} was read
     */
    @RolesAllowed({Roles.ORGANIZATION_ADMIN, Roles.PLATFORM_OPERATOR})
    public OrganizationView updateOwnOrganization(OrganizationData data, long expectedVersion) {
        Organization org = Organizations.get(em, callerOrgId());
        checkVersion(org, expectedVersion);
        return update(org, data, null);
    }

    private String callerOrgId() {
        String loginName = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        CallerIdentity caller =
                callers.find(loginName).orElseThrow(() -> new AuthenticationException("identity.notLoggedIn"));
        return caller.orgId();
    }

    public OrganizationView getOrganization(String orgId) {
        return OrganizationView.of(find(orgId));
    }

    /** One page of all organizations (the operator's included), with the total count of the query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction to begin and commit per page
    public OrganizationPage listOrganizations(OrganizationListQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(o) from Organization o" + query.where(), Long.class);
        TypedQuery<Organization> page =
                em.createQuery("select o from Organization o" + query.where() + query.orderBy(), Organization.class);
        if (query.filter() != null) {
            count.setParameter("filter", query.filterPattern());
            page.setParameter("filter", query.filterPattern());
        }
        // the roles of the whole page in one query (IN), not one query per organization; read-only: the page is
        // only mapped to views, so the entities need no copies in the transaction nor a change check at commit
        page.setHint("eclipselink.batch", "o.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true");
        List<OrganizationView> items =
                page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList().stream()
                        .map(OrganizationView::of)
                        .toList();
        long total = PageTotal.of(items.size(), query.offset(), query.limit(), count::getSingleResult);
        return new OrganizationPage(items, total, query.offset(), query.limit());
    }

    private OrganizationView update(Organization org, OrganizationData data, BigDecimal revenueShare) {
        OrganizationData merged = new OrganizationData(
                keep(data.name(), org.getName()),
                keep(data.email(), org.getEmail()),
                keep(data.address(), org.getAddress()),
                keep(data.phone(), org.getPhone()),
                keep(data.url(), org.getUrl()),
                keep(data.description(), org.getDescription()),
                keep(data.domicile(), org.getDomicile()),
                keep(data.locale(), org.getLocale()));
        OrganizationDataValidator.validate(merged);
        OrganizationFactory.apply(org, merged);
        if (merged.locale() != null && !merged.locale().isBlank()) {
            org.setLocale(merged.locale());
        }
        if (revenueShare != null && org.organizationRoles().contains(OrganizationRole.SUPPLIER)) {
            OrganizationRoleRules.checkRevenueShareValue(revenueShare);
            org.setOperatorRevenueShare(revenueShare);
        }
        em.flush();
        audit.record(AuditOperation.UPDATE_ORGANIZATION, OrganizationAudit.updated(org));
        return OrganizationView.of(org);
    }

    private static void checkVersion(Organization org, long expectedVersion) {
        if (org.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(
                    "account.organization.stale",
                    org.getOrgId(),
                    String.valueOf(expectedVersion),
                    String.valueOf(org.getVersion()));
        }
    }

    private Organization find(String orgId) {
        return Organizations.get(em, orgId);
    }

    private static String keep(String given, String current) {
        return given == null ? current : given;
    }
}
