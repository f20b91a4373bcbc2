package org.bss.catalog;

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
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditTrail;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.config.SupportedCurrency;

/**
 * The price models of a supplier's services (SVC-3, G.6): set and read what a service charges, and the history of
 * its price model. A price model changes only while its service is inactive; every state is kept, and each price
 * that changed is audited (App. D.3.13–39, {@link PriceModelChanges}).
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

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * Creates or replaces the service's price model.
     *
     * @param version the version read; null when creating, or to replace whatever changed since
     * @param locale the language of the service name in the audit entries
     * @throws org.bss.common.ValidationException the terms do not fit the service (PriceModelRules); nothing changes
     * @throws ServiceStateException the service is not inactive
     * @throws org.bss.common.ConcurrentModificationException the price model changed since {@code version} was read
     */
    public PriceModelView save(long serviceKey, PriceModelTerms terms, Long version, String locale) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService service = SupplierCaller.own(em, supplier, serviceKey);
        service.requireInactive();
        PriceModelRules.check(
                terms,
                service.getTechnicalService().definition(),
                code -> em.find(SupportedCurrency.class, code) != null);
        PriceModels.Saved saved = PriceModels.save(em, service, terms, version, clock.instant());
        em.flush();
        saved.changes(terms)
                .forEach(change -> audit.record(
                        PriceModelAudit.ofService(change.kind()),
                        ServiceAudit.of(service, locale).addAll(change.pairs())));
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
        return PriceModelView.of(saved.priceModel());
    }

    /** @throws ObjectNotFoundException the service has no price model yet */
    public PriceModelView get(long serviceKey) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return PriceModelView.of(existing(serviceKey));
    }

    /** The service's price model, if it has one. */
    public Optional<PriceModelView> find(long serviceKey) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return PriceModels.of(em, serviceKey).map(PriceModelView::of);
    }

    /**
     * The service a price model (by its key) is of.
     *
     * @throws ObjectNotFoundException no price model of that key on a service of the caller's
     */
    public long serviceOf(long priceModelKey) {
        ServicePriceModel pm = em.find(ServicePriceModel.class, priceModelKey);
        if (pm == null) {
            throw new ObjectNotFoundException("catalog.pm.notFound", String.valueOf(priceModelKey));
        }
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), pm.getServiceKey());
        return pm.getServiceKey();
    }

    /** @throws ObjectNotFoundException the service has no price model yet */
    public PriceModelLocalization localization(long serviceKey) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return existing(serviceKey).localization();
    }

    /**
     * Sets the price model's description and license in the languages given, whatever the service's status (texts
     * are no part of what is billed); one audit entry per language whose texts changed (D.3.42).
     *
     * @throws ObjectNotFoundException the service has no price model yet
     */
    public PriceModelLocalization localize(long serviceKey, PriceModelLocalization texts, String locale) {
        MarketableService service = SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        ServicePriceModel priceModel = existing(serviceKey);
        List<ServicePriceModel.TextChange> changes = priceModel.localize(texts);
        em.flush();
        changes.forEach(c -> audit.record(
                AuditOperation.LOCALIZE_PRICE_MODEL_FOR_SERVICE,
                ServiceAudit.of(service, locale)
                        .add("locale", c.locale())
                        .yesNo("description", c.description())
                        .yesNo("license", c.license())));
        return priceModel.localization();
    }

    /** The license texts of the service's technical service, per language: templates for the price model's. */
    public List<LocalizedText> licenseTemplates(long serviceKey) {
        return SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey)
                .getTechnicalService()
                .definition()
                .texts()
                .licenses();
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

    private ServicePriceModel existing(long serviceKey) {
        return PriceModels.of(em, serviceKey)
                .orElseThrow(() -> new ObjectNotFoundException("catalog.pm.none", String.valueOf(serviceKey)));
    }
}
