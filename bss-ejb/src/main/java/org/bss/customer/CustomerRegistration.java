package org.bss.customer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.Organization;
import org.bss.account.OrganizationDataValidator;
import org.bss.account.OrganizationFactory;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationRoleRules;
import org.bss.account.OrganizationView;
import org.bss.account.Organizations;
import org.bss.account.SupplierCustomers;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.UserCreator;
import org.bss.identity.UserMails;
import org.bss.marketplace.Marketplace;
import org.bss.marketplace.Marketplaces;
import org.bss.onboarding.FirstAdministrator;

/**
 * Registers customers (ORG-2, G.2): a seller registers one on a marketplace where it may publish and becomes its
 * seller; or an organization registers itself on a marketplace (only with CUSTOMER_SELF_REGISTRATION_ENABLED) and
 * becomes a customer of the seller it names or else of the marketplace's owner, if that one sells. Either way a new
 * organization without roles (a customer) with its first administrator, whose generated initial password is mailed
 * as ORG-4's (to be changed at the first login); the payment types are the seller's defaults for new customers.
 * Anything refused leaves nothing behind.
 */
@Stateless
public class CustomerRegistration {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private UserMails mails;

    @EJB
    private SettingsReader settings;

    /**
     * A seller's service manager registers a customer on one of the marketplaces where the seller may publish.
     *
     * @throws OperationNotPermittedException the caller's organization sells nothing, or may not publish there
     * @throws ObjectNotFoundException no such marketplace
     */
    @RolesAllowed(Roles.SERVICE_MANAGER)
    public CreatedOrganization register(NewCustomer customer) {
        Organization seller = Sellers.caller(em, context);
        Marketplace marketplace = marketplace(customer.marketplaceId());
        if (!marketplace.mayPublish(seller.getKey())) {
            throw new OperationNotPermittedException(
                    "account.customer.marketplace", seller.getOrgId(), marketplace.getMarketplaceId());
        }
        return create(customer, seller);
    }

    /**
     * An organization registers itself as a customer on a marketplace.
     *
     * @param sellerId the seller to become customer of (optional): else the marketplace's owner, if it sells
     * @throws OperationNotPermittedException self-registration is off
     * @throws ObjectNotFoundException no such marketplace or seller
     */
    @PermitAll
    public CreatedOrganization selfRegister(NewCustomer customer, String sellerId) {
        if (!settings.booleanValue(ConfigKeys.CUSTOMER_SELF_REGISTRATION_ENABLED)) {
            throw new OperationNotPermittedException("account.customer.selfRegistrationDisabled");
        }
        Marketplace marketplace = marketplace(customer.marketplaceId());
        Organization seller;
        if (sellerId != null && !sellerId.isBlank()) {
            seller = Organizations.byOrgId(em, sellerId);
            if (seller == null || !Sellers.sells(seller)) {
                throw new ObjectNotFoundException("account.organization.notFound", sellerId);
            }
        } else {
            seller = Sellers.sells(marketplace.getOwner()) ? marketplace.getOwner() : null;
        }
        return create(customer, seller);
    }

    private Marketplace marketplace(String marketplaceId) {
        OrganizationDataValidator.required(OrganizationRoleRules.MARKETPLACE_KEY, marketplaceId);
        return Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", marketplaceId));
    }

    private CreatedOrganization create(NewCustomer customer, Organization seller) {
        Set<OrganizationRole> none = EnumSet.noneOf(OrganizationRole.class);
        if (customer.organization() == null) {
            throw new ValidationException("account.field.required", "organization");
        }
        if (customer.administrator() == null) {
            throw new ValidationException("account.field.required", "administrator");
        }
        OrganizationDataValidator.validate(customer.organization());
        FirstAdministrator.validate(customer.administrator());
        Instant now = clock.instant();
        Organization org = new OrganizationFactory(em)
                .organization(customer.organization(), none, customer.marketplaceId(), BigDecimal.ZERO, now);
        UserCreator.Created admin = UserCreator.create(
                em,
                now,
                org,
                FirstAdministrator.withLocale(customer.administrator(), org.getLocale()),
                OrganizationRoleRules.administratorRoles(none));
        if (seller != null) {
            SupplierCustomers.relate(
                    em,
                    seller,
                    org,
                    customer.marketplaceId(),
                    Sellers.defaults(em, seller).types(),
                    now);
        }
        em.flush();
        mails.organizationCreated(admin.user(), org.getOrgId(), admin.initialPassword());
        return new CreatedOrganization(
                OrganizationView.of(org), admin.user().getUserId(), admin.user().getKey(), admin.initialPassword());
    }
}
