package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.catalog.MarketableService;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.PriceModels;
import org.bss.catalog.ServiceStatus;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.common.AuthenticationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;

/**
 * What a marketplace offers, for anyone logged in (the contract's getServicesForMarketplace, getServiceForMarketplace,
 * getServiceSeller) and, for one service with its price model and seller, for anonymous visitors of the service portal
 * too (MKT-4): the services published on it that are on sale (ACTIVE) and shown in its catalog. A service
 * hidden from the catalog, not on sale, or published elsewhere is not offered there.
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class MarketplaceCatalog {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * The services offered on the marketplace, by service id.
     *
     * @throws ObjectNotFoundException no marketplace has that id
     */
    public List<OfferedService> offered(String marketplaceId) {
        Marketplace marketplace = marketplace(marketplaceId);
        return Publications.onMarketplace(em, marketplace.getKey()).stream()
                .map(this::offered)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(o -> o.service().serviceId()))
                .toList();
    }

    /**
     * The service if it is offered on the marketplace, else empty.
     *
     * @throws ObjectNotFoundException no marketplace has that id
     */
    @PermitAll
    public Optional<OfferedService> offered(long serviceKey, String marketplaceId) {
        Marketplace marketplace = marketplace(marketplaceId);
        return Publications.of(em, serviceKey)
                .filter(p -> p.getMarketplace().getKey() == marketplace.getKey())
                .flatMap(this::offered);
    }

    /**
     * The other services on the same technical service as this one that are offered on the marketplace (the service
     * portal's related services), by service id; none on a marketplace that does not exist.
     *
     * @throws ObjectNotFoundException no service has that key
     */
    @PermitAll
    public List<OfferedService> related(long serviceKey, String marketplaceId) {
        MarketableService service = MarketableServices.find(em, serviceKey)
                .orElseThrow(
                        () -> new ObjectNotFoundException("marketplace.service.notFound", String.valueOf(serviceKey)));
        Optional<Marketplace> marketplace = Marketplaces.find(em, marketplaceId);
        if (marketplace.isEmpty()) {
            return List.of();
        }
        long marketplaceKey = marketplace.get().getKey();
        return MarketableServices.onTechnicalService(
                        em, service.getTechnicalService().getKey())
                .stream()
                .filter(s -> s.getKey() != serviceKey)
                .map(s -> Publications.of(em, s.getKey())
                        .filter(p -> p.getMarketplace().getKey() == marketplaceKey)
                        .flatMap(this::offered))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(o -> o.service().serviceId()))
                .toList();
    }

    /**
     * The organization that sells the service (its supplier): key, id and name.
     *
     * @throws ObjectNotFoundException no service has that key
     */
    @PermitAll
    public Supplier seller(long serviceKey) {
        MarketableService service = MarketableServices.find(em, serviceKey)
                .orElseThrow(
                        () -> new ObjectNotFoundException("marketplace.service.notFound", String.valueOf(serviceKey)));
        Organization seller = em.find(Organization.class, service.getSupplierKey());
        return new Supplier(seller.getKey(), seller.getOrgId(), seller.getName());
    }

    /**
     * What an offered service charges and its price model's texts, as a customer reads them before subscribing: a
     * logged-in customer with a price model of its own for the service (G.6) reads that one. Empty when the service is
     * not offered on the marketplace or has no price model.
     *
     * @throws ObjectNotFoundException no marketplace has that id
     */
    @PermitAll
    public Optional<OfferedPricing> pricing(long serviceKey, String marketplaceId) {
        return offered(serviceKey, marketplaceId)
                .flatMap(o -> callerOrganization()
                        .map(org -> PriceModels.chargedTo(em, serviceKey, org))
                        .orElseGet(() -> PriceModels.of(em, serviceKey)))
                .map(pm -> new OfferedPricing(pm.terms(), pm.localization()));
    }

    /** The key of the caller's organization; empty for an anonymous visitor. */
    private Optional<Long> callerOrganization() {
        if (context.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Users.caller(em, context).getOrganization().getKey());
        } catch (AuthenticationException e) {
            return Optional.empty(); // an anonymous visitor of the service portal
        }
    }

    private Optional<OfferedService> offered(Publication publication) {
        if (!publication.isVisible()) {
            return Optional.empty();
        }
        return MarketableServices.find(em, publication.getServiceKey())
                .filter(s -> s.getStatus() == ServiceStatus.ACTIVE)
                .map(s -> new OfferedService(
                        ServiceView.of(
                                s,
                                em.find(Organization.class, s.getSupplierKey()).getOrgId()),
                        TechnicalServiceDetails.of(s.getTechnicalService()),
                        publication.getMarketplace().getMarketplaceId()));
    }

    private Marketplace marketplace(String marketplaceId) {
        return Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId)));
    }
}
