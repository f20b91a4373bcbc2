package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;
import org.bss.catalog.MarketableService;
import org.bss.catalog.PriceModels;
import org.bss.catalog.ServiceAudit;
import org.bss.catalog.ServiceListingChanged;
import org.bss.catalog.ServiceStatus;
import org.bss.catalog.SupplierCaller;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * Publishing and activating a supplier's services (G.3 "publish settings", "activate and deactivate"): a service is
 * published on one marketplace where its supplier may sell, shown in its catalog or not, and goes on sale (ACTIVE)
 * only with a price model and a publication. Each change is audited (App. D.3.1, D.3.5, D.3.45).
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class PublishingService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * Publishes an inactive service on a marketplace (moving it from another one), shown in the catalog or not.
     *
     * @throws ObjectNotFoundException no such service of the supplier, or no such marketplace
     * @throws OperationNotPermittedException the supplier may not publish on that marketplace
     * @throws org.bss.catalog.ServiceStateException the service is not inactive
     */
    public PublicationView publish(long serviceKey, String marketplaceId, boolean visible, String locale) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        service.requireInactive();
        Marketplace marketplace = Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId)));
        requireMayPublish(marketplace, supplier);
        Optional<Publication> existing = Publications.of(em, serviceKey);
        boolean moved = existing.map(p -> p.getMarketplace().getKey() != marketplace.getKey())
                .orElse(true);
        boolean shown = existing.map(p -> p.isVisible() != visible).orElse(true);
        Publication publication =
                existing.orElseGet(() -> new Publication(serviceKey, marketplace, visible, clock.instant()));
        if (existing.isPresent()) {
            publication.move(marketplace, visible, clock.instant());
        } else {
            em.persist(publication);
        }
        em.flush();
        if (moved) {
            audit.record(
                    AuditOperation.ASSIGN_SERVICE_TO_MARKETPLACE,
                    ServiceAudit.of(service, locale)
                            .add("marketplaceId", marketplace.getMarketplaceId())
                            .add("marketplaceName", marketplace.getName()));
        }
        if (shown) {
            audit.record(
                    AuditOperation.SET_SERVICE_PUBLIC,
                    ServiceAudit.of(service, locale).yesNo("public", visible));
        }
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return PublicationView.of(publication, service.getStatus());
    }

    /** @throws ObjectNotFoundException the supplier has no such service, or it is not published */
    public PublicationView get(long serviceKey) {
        MarketableService service = SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return PublicationView.of(published(service), service.getStatus());
    }

    /** Where the supplier's service is published, if it is. @throws ObjectNotFoundException no such service */
    public Optional<PublicationView> find(long serviceKey) {
        MarketableService service = SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return Publications.of(em, serviceKey).map(p -> PublicationView.of(p, service.getStatus()));
    }

    /**
     * Puts an inactive service on sale.
     *
     * @throws ValidationException it has no price model, or is not published
     * @throws OperationNotPermittedException its supplier may no longer publish on its marketplace
     * @throws org.bss.catalog.ServiceStateException the service is not inactive
     */
    public PublicationView activate(long serviceKey, String locale) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        if (PriceModels.of(em, serviceKey).isEmpty()) {
            throw new ValidationException("marketplace.activate.noPriceModel", service.getServiceId());
        }
        Publication publication = published(service);
        requireMayPublish(publication.getMarketplace(), supplier);
        service.activate(clock.instant());
        em.flush();
        audit.record(AuditOperation.ACTIVATE_DEACTIVATE_SERVICE, activation(service, publication, locale, true));
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return PublicationView.of(publication, service.getStatus());
    }

    /** Takes a service off sale; an inactive one stays as it is (nothing is recorded). */
    public PublicationView deactivate(long serviceKey, String locale) {
        MarketableService service = SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        Publication publication = published(service);
        if (service.getStatus() != ServiceStatus.INACTIVE) {
            service.deactivate(clock.instant());
            em.flush();
            audit.record(AuditOperation.ACTIVATE_DEACTIVATE_SERVICE, activation(service, publication, locale, false));
            listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        }
        return PublicationView.of(publication, service.getStatus());
    }

    private static AuditPairs activation(
            MarketableService service, Publication publication, String locale, boolean on) {
        return ServiceAudit.of(service, locale)
                .add("marketplaceId", publication.getMarketplace().getMarketplaceId())
                .add("marketplaceName", publication.getMarketplace().getName())
                .onOff("activation", on)
                .onOff("inCatalog", publication.isVisible());
    }

    private Publication published(MarketableService service) {
        return Publications.of(em, service.getKey())
                .orElseThrow(
                        () -> new ValidationException("marketplace.activate.notPublished", service.getServiceId()));
    }

    private static void requireMayPublish(Marketplace marketplace, Organization supplier) {
        if (!marketplace.mayPublish(supplier.getKey())) {
            throw new OperationNotPermittedException(
                    "marketplace.publish.notAllowed", supplier.getOrgId(), marketplace.getMarketplaceId());
        }
    }
}
