package org.bss.billing.discount;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.account.SupplierCustomerKey;
import org.bss.account.SupplierCustomers;
import org.bss.billing.vat.Suppliers;
import org.bss.catalog.MarketableService;
import org.bss.catalog.MarketableServices;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;

/**
 * Discounts a supplier grants its customers (SVC-3, G.2 customer settings, the contract's DiscountService and
 * AccountService.updateCustomerDiscount): set, replace, remove, read by the supplier; read by the customer for a
 * service of that supplier.
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class CustomerDiscountService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Grants or replaces the discount of a customer of the caller's supplier organization.
     *
     * @param version the version read; null to replace whatever changed since
     * @throws ObjectNotFoundException not a customer of the supplier
     */
    @RolesAllowed(Roles.SERVICE_MANAGER)
    public DiscountView save(String customerId, DiscountTerms terms, Integer version) {
        Organization supplier = Suppliers.caller(em, context);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        CustomerDiscount discount = find(supplier, customer).orElse(null);
        if (discount == null) {
            discount = new CustomerDiscount(supplier.getKey(), customer.getKey(), terms);
            em.persist(discount);
        } else {
            if (version != null && discount.getVersion() != version) {
                throw new ConcurrentModificationException(
                        "billing.discount.stale",
                        customerId,
                        String.valueOf(version),
                        String.valueOf(discount.getVersion()));
            }
            discount.change(terms);
        }
        em.flush();
        return view(customer, discount);
    }

    /** Removes the customer's discount (if any). @throws ObjectNotFoundException not a customer of the supplier */
    @RolesAllowed(Roles.SERVICE_MANAGER)
    public void remove(String customerId) {
        Organization supplier = Suppliers.caller(em, context);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        find(supplier, customer).ifPresent(em::remove);
        em.flush();
    }

    /** The discount the caller's supplier organization grants a customer (empty: none). */
    @RolesAllowed(Roles.SERVICE_MANAGER)
    public Optional<DiscountView> forCustomer(String customerId) {
        Organization supplier = Suppliers.caller(em, context);
        Organization customer = SupplierCustomers.customer(em, supplier, customerId);
        return find(supplier, customer).map(d -> view(customer, d));
    }

    /**
     * The discount the supplier of a service grants the caller's organization (empty: none).
     *
     * @throws ObjectNotFoundException no service of that key
     */
    public Optional<DiscountView> forService(long serviceKey) {
        MarketableService service = MarketableServices.find(em, serviceKey)
                .orElseThrow(() -> new ObjectNotFoundException("catalog.service.notFound", String.valueOf(serviceKey)));
        Organization customer = Users.caller(em, context).getOrganization();
        return Optional.ofNullable(em.find(
                        CustomerDiscount.class, new SupplierCustomerKey(service.getSupplierKey(), customer.getKey())))
                .map(d -> view(customer, d));
    }

    private Optional<CustomerDiscount> find(Organization supplier, Organization customer) {
        return Optional.ofNullable(
                em.find(CustomerDiscount.class, new SupplierCustomerKey(supplier.getKey(), customer.getKey())));
    }

    private static DiscountView view(Organization customer, CustomerDiscount d) {
        DiscountTerms t = d.terms();
        return new DiscountView(customer.getOrgId(), t.percent(), t.begin(), t.end(), d.getVersion());
    }
}
