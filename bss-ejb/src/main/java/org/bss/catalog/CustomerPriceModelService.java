package org.bss.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.account.SupplierCustomers;
import org.bss.audit.AuditTrail;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.config.SupportedCurrency;

/**
 * Customer price models (SVC-3, G.6): a supplier gives one of its customers its own price for a service. As in the
 * original, the price lives on a customer-specific copy of the service ({@link CustomerServices}) with its own price
 * model and history, so that billing reads a customer's prices as it reads a service's. The terms follow the same
 * rules ({@link PriceModelRules}) and are saved the same way ({@link PriceModels#save}); each price that changed is
 * audited as the C variant of App. D.3.13–39, a deletion as D.3.11.
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class CustomerPriceModelService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    /**
     * Creates or replaces the customer's price model for a service of the caller's.
     *
     * @param version the price model's version read; null when creating, or to replace whatever changed since
     * @throws ObjectNotFoundException no such service of the caller's, or the organization is none of its customers
     * @throws org.bss.common.ValidationException the terms do not fit the service (PriceModelRules); nothing changes
     * @throws ServiceStateException an existing customer price model changes only while its service is inactive
     */
    public CustomerPriceModelView save(
            long serviceKey, String customerId, PriceModelTerms terms, Long version, String locale) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService template = SupplierCaller.own(em, supplier, serviceKey);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        Optional<MarketableService> copy = CustomerServices.of(em, template.getKey(), customer.getKey());
        return write(supplier, template, customer, copy, terms, version, locale);
    }

    /**
     * The original's savePriceModelForCustomer: {@code serviceKey} names the service (a first customer price model) or
     * the customer's copy of it (a change).
     *
     * @throws ConflictException the service is named, but the customer has a price model for it already
     * @throws ObjectNotFoundException a copy is named that is not the customer's
     */
    public CustomerPriceModelView saveFor(
            long serviceKey, String customerId, PriceModelTerms terms, Long version, String locale) {
        Organization supplier = SupplierCaller.supplier(em, context);
        Optional<MarketableService> named = CustomerServices.find(em, supplier.getKey(), serviceKey);
        if (named.isEmpty()) {
            MarketableService template = SupplierCaller.own(em, supplier, serviceKey);
            Organization customer = SupplierCustomers.customer(em, supplier, customerId);
            if (CustomerServices.of(em, template.getKey(), customer.getKey()).isPresent()) {
                throw new ConflictException("catalog.customerPm.exists", template.getServiceId(), customer.getOrgId());
            }
            return write(supplier, template, customer, Optional.empty(), terms, version, locale);
        }
        MarketableService copy = named.get();
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        if (copy.getCustomerKey() != customer.getKey()) {
            throw new ObjectNotFoundException("catalog.service.notFound", String.valueOf(serviceKey));
        }
        MarketableService template = SupplierCaller.own(em, supplier, copy.getTemplateKey());
        return write(supplier, template, customer, named, terms, version, locale);
    }

    /** @throws ObjectNotFoundException the customer has no price model of its own for the service */
    public CustomerPriceModelView get(long serviceKey, String customerId) {
        return find(serviceKey, customerId)
                .orElseThrow(() ->
                        new ObjectNotFoundException("catalog.customerPm.none", String.valueOf(serviceKey), customerId));
    }

    /** The customer's price model for a service of the caller's, if it has one. */
    public Optional<CustomerPriceModelView> find(long serviceKey, String customerId) {
        Organization supplier = SupplierCaller.supplier(em, context);
        MarketableService template = SupplierCaller.own(em, supplier, serviceKey);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        return CustomerServices.of(em, template.getKey(), customer.getKey())
                .map(copy -> view(supplier, template, customer, copy));
    }

    /** The customer's own price models, by service id. */
    public List<CustomerPriceModelView> ofCustomer(String customerId) {
        Organization supplier = SupplierCaller.supplier(em, context);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        return CustomerServices.ofCustomer(em, supplier.getKey(), customer.getKey()).stream()
                .map(copy -> view(supplier, copy))
                .toList();
    }

    /** Every customer price model of the caller's organization, by service id. */
    public List<CustomerPriceModelView> all() {
        Organization supplier = SupplierCaller.supplier(em, context);
        return CustomerServices.ofSupplier(em, supplier.getKey()).stream()
                .map(copy -> view(supplier, copy))
                .toList();
    }

    /** Every state the customer's price model had, oldest first: what billing reads. */
    public List<PriceModelState> history(long serviceKey, String customerId) {
        CustomerPriceModelView pm = get(serviceKey, customerId);
        return PriceModels.history(em, pm.priceModel().key()).stream()
                .map(v -> new PriceModelState(v.getValidFrom(), v.terms()))
                .toList();
    }

    /**
     * Removes the customer's price model for the service (its copy of the service, price model and history); the
     * customer then pays the service's price again. Audited as D.3.11.
     *
     * @throws ObjectNotFoundException the customer has no price model of its own for the service
     */
    public void delete(long serviceKey, String customerId, String locale) {
        CustomerPriceModelView pm = get(serviceKey, customerId);
        CustomerCopies.remove(
                em, audit, em.find(MarketableService.class, pm.service().key()), locale);
    }

    private CustomerPriceModelView write(
            Organization supplier,
            MarketableService template,
            Organization customer,
            Optional<MarketableService> existing,
            PriceModelTerms terms,
            Long version,
            String locale) {
        if (existing.isPresent()) {
            template.requireInactive();
        }
        PriceModelRules.check(
                terms,
                template.getTechnicalService().definition(),
                code -> em.find(SupportedCurrency.class, code) != null);
        MarketableService copy = existing.orElseGet(() -> {
            MarketableService created = template.forCustomer(customer.getKey(), clock.instant());
            em.persist(created);
            em.flush();
            return created;
        });
        PriceModels.Saved saved =
                PriceModels.save(em, copy, terms, existing.isPresent() ? version : null, clock.instant());
        em.flush();
        saved.changes(terms)
                .forEach(change -> audit.record(
                        PriceModelAudit.ofCustomer(change.kind()),
                        CustomerCopies.pairs(template, customer, locale).addAll(change.pairs())));
        return CustomerPriceModelView.of(copy, template, supplier, customer, saved.priceModel());
    }

    private CustomerPriceModelView view(Organization supplier, MarketableService copy) {
        return view(
                supplier,
                em.find(MarketableService.class, copy.getTemplateKey()),
                em.find(Organization.class, copy.getCustomerKey()),
                copy);
    }

    private CustomerPriceModelView view(
            Organization supplier, MarketableService template, Organization customer, MarketableService copy) {
        ServicePriceModel pm = PriceModels.of(em, copy.getKey())
                .orElseThrow(() -> new ObjectNotFoundException(
                        "catalog.customerPm.none", String.valueOf(template.getKey()), customer.getOrgId()));
        return CustomerPriceModelView.of(copy, template, supplier, customer, pm);
    }
}
