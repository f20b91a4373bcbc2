package org.bss.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.config.SupportedCurrency;

/**
 * The price models of a supplier's services (SVC-3, G.6): set and read what a service charges, and the history of
 * its price model. A price model changes only while its service is inactive; every state is kept.
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class PriceModelService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * Creates or replaces the service's price model.
     *
     * @param version the version read; null when creating, or to replace whatever changed since
     * @throws org.bss.common.ValidationException the terms do not fit the service (PriceModelRules); nothing changes
     * @throws ServiceStateException the service is not inactive
     * @throws ConcurrentModificationException the price model changed since {@code version} was read
     */
    public PriceModelView save(long serviceKey, PriceModelTerms terms, Long version) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        service.requireInactive();
        PriceModelRules.check(
                terms,
                service.getTechnicalService().definition(),
                code -> em.find(SupportedCurrency.class, code) != null);
        Optional<ServicePriceModel> existing = PriceModels.of(em, serviceKey);
        ServicePriceModel saved;
        if (existing.isPresent()) {
            saved = existing.get();
            if (version != null && saved.getVersion() != version) {
                throw new ConcurrentModificationException(
                        "catalog.pm.stale",
                        service.getServiceId(),
                        String.valueOf(version),
                        String.valueOf(saved.getVersion()));
            }
            PriceModels.change(em, saved, terms, clock.instant());
        } else {
            saved = PriceModels.create(em, serviceKey, terms, clock.instant());
        }
        em.flush();
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return PriceModelView.of(saved);
    }

    /** @throws ObjectNotFoundException the service has no price model yet */
    public PriceModelView get(long serviceKey) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return PriceModels.of(em, serviceKey)
                .map(PriceModelView::of)
                .orElseThrow(() -> new ObjectNotFoundException("catalog.pm.none", String.valueOf(serviceKey)));
    }

    /** Every state the service's price model had, oldest first (empty without a price model). */
    public List<PriceModelState> history(long serviceKey) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return PriceModels.of(em, serviceKey)
                .map(pm -> PriceModels.history(em, pm.getKey()).stream()
                        .map(v -> new PriceModelState(v.getValidFrom(), v.terms()))
                        .toList())
                .orElse(List.of());
    }
}
