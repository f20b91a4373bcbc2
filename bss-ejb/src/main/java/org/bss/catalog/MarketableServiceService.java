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
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.common.persistence.PageTotal;
import org.bss.common.security.Roles;

/**
 * The services of the caller's organization, a supplier (SVC-2, G.3): define one on a technical service the supplier
 * may use, change, localize, copy and delete it while it is inactive. Each change is audited (App. D.3). Another
 * supplier's service is "not found".
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class MarketableServiceService {

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
     * @throws ObjectNotFoundException no technical service of that key, or one the supplier may not use
     * @throws ConflictException the supplier has a service of that id
     */
    public ServiceView define(NewService service) {
        Organization supplier = supplier();
        TechnicalService technical = TechnicalServices.get(em, service.technicalServiceKey())
                .filter(ts -> ts.mayBeUsedBy(supplier.getKey()))
                .orElseThrow(() -> new ObjectNotFoundException(
                        "catalog.service.technicalServiceNotFound", String.valueOf(service.technicalServiceKey())));
        requireFreeId(supplier, service.serviceId());
        MarketableService created = new MarketableService(supplier.getKey(), technical, service, clock.instant());
        em.persist(created);
        em.flush();
        audit.record(AuditOperation.DEFINE_SERVICE, ServiceAudit.definition(created, service.texts(), true));
        return ServiceView.of(created, supplier.getOrgId());
    }

    /** One page of the supplier's services, by id. */
    public Page<ServiceView> list(PageRequest page) {
        Organization supplier = supplier();
        List<ServiceView> items =
                MarketableServices.ofSupplier(em, supplier.getKey(), page.offset(), page.limit()).stream()
                        .map(s -> ServiceView.of(s, supplier.getOrgId()))
                        .toList();
        long total = PageTotal.of(
                items.size(),
                page.offset(),
                page.limit(),
                () -> MarketableServices.countOfSupplier(em, supplier.getKey()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** @throws ObjectNotFoundException the supplier has no service of that key */
    public ServiceView get(long key) {
        Organization supplier = supplier();
        return ServiceView.of(own(supplier, key), supplier.getOrgId());
    }

    /**
     * @throws ConcurrentModificationException changed since {@code version} was read
     * @throws ServiceStateException the service is not inactive
     * @throws ConflictException a new id the supplier has another service of
     */
    public ServiceView change(long key, ServiceChange change, long version) {
        Organization supplier = supplier();
        MarketableService service = own(supplier, key);
        checkVersion(service, version);
        if (!service.getServiceId().equals(change.serviceId())) {
            requireFreeId(supplier, change.serviceId());
        }
        List<ParameterSetting> before = service.parameters();
        service.change(change, clock.instant());
        em.flush();
        String locale = change.texts().locale();
        audit.record(AuditOperation.UPDATE_SERVICE, ServiceAudit.definition(service, change.texts(), false));
        ServiceAudit.parameters(service, locale, before, service.parameters())
                .forEach(pairs -> audit.record(AuditOperation.UPDATE_SERVICE_PARAMETER, pairs));
        listingChanged.fire(ServiceListingChanged.changed(service.getKey()));
        return ServiceView.of(service, supplier.getOrgId());
    }

    /** Replaces the texts of one locale (any status: texts are no part of what a subscription bought). */
    public ServiceView localize(long key, ServiceTexts texts, long version) {
        Organization supplier = supplier();
        MarketableService service = own(supplier, key);
        checkVersion(service, version);
        service.localize(texts, clock.instant());
        em.flush();
        audit.record(AuditOperation.LOCALIZE_SERVICE, ServiceAudit.localized(service, texts));
        listingChanged.fire(ServiceListingChanged.changed(service.getKey()));
        return ServiceView.of(service, supplier.getOrgId());
    }

    /** An inactive copy of the service (texts, parameters and price model) under a new id. */
    public ServiceView copy(long key, String newServiceId, String locale) {
        Organization supplier = supplier();
        MarketableService original = own(supplier, key);
        requireFreeId(supplier, ServiceIds.check(newServiceId));
        MarketableService copy = original.copy(newServiceId, clock.instant());
        em.persist(copy);
        em.flush();
        PriceModels.of(em, original.getKey())
                .ifPresent(pm -> PriceModels.create(em, copy.getKey(), pm.terms(), clock.instant())
                        .localize(pm.localization()));
        audit.record(
                AuditOperation.COPY_SERVICE,
                ServiceAudit.of(original, locale)
                        .add("copyId", copy.getServiceId())
                        .add(
                                "copyName",
                                copy.texts(locale).map(ServiceTexts::name).orElse(null)));
        return ServiceView.of(copy, supplier.getOrgId());
    }

    /**
     * @param version the version read; null deletes whatever changed since
     * @throws ServiceStateException the service is not inactive
     */
    public void delete(long key, Long version, String locale) {
        Organization supplier = supplier();
        Optional<MarketableService> customerCopy = CustomerServices.find(em, supplier.getKey(), key);
        if (customerCopy.isPresent()) { // the original deletes a customer price model as its copy of the service
            if (version != null) {
                checkVersion(customerCopy.get(), version);
            }
            CustomerCopies.remove(em, audit, customerCopy.get(), locale);
            return;
        }
        MarketableService service = own(supplier, key);
        if (version != null) {
            checkVersion(service, version);
        }
        service.requireInactive();
        audit.record(AuditOperation.DELETE_SERVICE, ServiceAudit.of(service, locale));
        CustomerServices.ofTemplate(em, key).forEach(copy -> CustomerCopies.remove(em, audit, copy, locale));
        PriceModels.deleteOf(em, service.getKey());
        em.remove(service);
        listingChanged.fire(ServiceListingChanged.deleted(key));
    }

    private void requireFreeId(Organization supplier, String serviceId) {
        if (MarketableServices.find(em, supplier.getKey(), serviceId).isPresent()) {
            throw new ConflictException("catalog.service.idTaken", serviceId);
        }
    }

    private static void checkVersion(MarketableService service, long version) {
        if (service.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "catalog.service.stale",
                    service.getServiceId(),
                    String.valueOf(version),
                    String.valueOf(service.getVersion()));
        }
    }

    private MarketableService own(Organization supplier, long key) {
        return SupplierCaller.own(em, supplier, key);
    }

    private Organization supplier() {
        return SupplierCaller.supplier(em, context);
    }
}
