package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.bss.account.Organization;
import org.bss.catalog.MarketableService;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.ServiceListingChanged;
import org.bss.catalog.ServiceView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;

/**
 * The marketplace owner holds back a service on sale on its marketplace (SUSPENDED: off sale, its definition still
 * frozen) and puts it back on sale (the contract's suspendService, resumeService). The owner's role is checked in the
 * code, so that a refusal is an OperationNotPermittedException in words, not a container access error. App. D has no
 * operation for it: nothing is audited. The supplier takes a suspended service off sale as any other (deactivate).
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class ServiceSuspension {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    @Inject
    private Clock clock;

    /**
     * @throws ObjectNotFoundException no service has that key
     * @throws OperationNotPermittedException the caller does not own the marketplace the service is published on
     * @throws org.bss.catalog.ServiceStateException the service is not on sale
     */
    public OfferedService suspend(long serviceKey) {
        MarketableService service = service(serviceKey);
        Publication publication = ownersPublication(service);
        service.suspend(clock.instant());
        em.flush();
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return view(service, publication);
    }

    /** The rules of {@link #suspend}; the service must be suspended. */
    public OfferedService resume(long serviceKey) {
        MarketableService service = service(serviceKey);
        Publication publication = ownersPublication(service);
        service.resume(clock.instant());
        em.flush();
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return view(service, publication);
    }

    private MarketableService service(long serviceKey) {
        return MarketableServices.find(em, serviceKey)
                .orElseThrow(
                        () -> new ObjectNotFoundException("marketplace.service.notFound", String.valueOf(serviceKey)));
    }

    private Publication ownersPublication(MarketableService service) {
        MarketplaceCaller caller = new MarketplaceCaller(em, context);
        return Publications.of(em, service.getKey())
                .filter(p -> caller.owns(p.getMarketplace()))
                .orElseThrow(() ->
                        new OperationNotPermittedException("marketplace.suspend.ownerOnly", service.getServiceId()));
    }

    private OfferedService view(MarketableService service, Publication publication) {
        return new OfferedService(
                ServiceView.of(
                        service,
                        em.find(Organization.class, service.getSupplierKey()).getOrgId()),
                TechnicalServiceDetails.of(service.getTechnicalService()),
                publication.getMarketplace().getMarketplaceId());
    }
}
