package org.bss.customer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomer;
import org.bss.account.SupplierCustomers;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageTotal;
import org.bss.common.security.Roles;

/**
 * A seller's customers (G.2 View customers, Customer settings, Manage payment types): list them, read one, set the
 * payment types offered to a customer and to every new customer (the types the operator made available to the
 * seller, and no other).
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class CustomerService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Page<CustomerView> list(CustomerListQuery query) {
        Organization seller = Sellers.caller(em, context);
        List<Object[]> rows = em.createQuery(
                        "select o, r from SupplierCustomer r, Organization o"
                                + " where r.supplierKey = :s and o.key = r.customerKey" + query.orderBy(),
                        Object[].class)
                .setParameter("s", seller.getKey())
                .setFirstResult(query.page().offset())
                .setMaxResults(query.page().limit())
                .getResultList();
        long total = PageTotal.of(
                rows.size(),
                query.page().offset(),
                query.page().limit(),
                () -> em.createQuery("select count(r) from SupplierCustomer r where r.supplierKey = :s", Long.class)
                        .setParameter("s", seller.getKey())
                        .getSingleResult());
        return new Page<>(
                rows.stream()
                        .map(r -> CustomerView.of((Organization) r[0], (SupplierCustomer) r[1]))
                        .toList(),
                total,
                query.page().offset(),
                query.page().limit());
    }

    /** Every customer, by organization id (the contract's getMyCustomers and getCustomerPaymentConfiguration). */
    public List<CustomerView> all() {
        Organization seller = Sellers.caller(em, context);
        return em
                .createQuery(
                        "select o, r from SupplierCustomer r, Organization o"
                                + " where r.supplierKey = :s and o.key = r.customerKey order by o.orgId",
                        Object[].class)
                .setParameter("s", seller.getKey())
                .getResultList()
                .stream()
                .map(r -> CustomerView.of((Organization) r[0], (SupplierCustomer) r[1]))
                .toList();
    }

    /** @throws ObjectNotFoundException not a customer of the caller's organization */
    public CustomerView get(String customerId) {
        Organization seller = Sellers.caller(em, context);
        Organization customer = SupplierCustomers.customer(em, seller, customerId);
        return CustomerView.of(customer, relation(seller, customer));
    }

    /**
     * Sets the payment types offered to one customer.
     *
     * @param version the version read; null to replace whatever changed since
     * @throws org.bss.common.ValidationException a type the operator did not make available to the seller
     */
    public CustomerView savePaymentTypes(String customerId, Set<PaymentType> types, Integer version) {
        Organization seller = Sellers.caller(em, context);
        Organization customer = SupplierCustomers.customer(em, seller, customerId);
        SupplierCustomer relation = relation(seller, customer);
        if (version != null && relation.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "account.customer.stale",
                    customerId,
                    String.valueOf(version),
                    String.valueOf(relation.getVersion()));
        }
        relation.setPaymentTypes(Sellers.offerable(seller, types));
        em.flush();
        return CustomerView.of(customer, relation);
    }

    /** The payment types the seller may offer its customers: those the operator made available to it. */
    public Set<PaymentType> offerablePaymentTypes() {
        return Sellers.caller(em, context).availablePaymentTypes();
    }

    /** The payment types every new customer gets. */
    public Set<PaymentType> defaultPaymentTypes() {
        Organization seller = Sellers.caller(em, context);
        PaymentDefaults defaults = em.find(PaymentDefaults.class, seller.getKey());
        return defaults == null ? Set.of() : defaults.types();
    }

    /** Sets the payment types every new customer gets (customers registered before keep theirs). */
    public Set<PaymentType> saveDefaultPaymentTypes(Set<PaymentType> types) {
        Organization seller = Sellers.caller(em, context);
        PaymentDefaults defaults = Sellers.defaults(em, seller);
        defaults.setTypes(Sellers.offerable(seller, types));
        em.flush();
        return defaults.types();
    }

    /**
     * Saves a seller's payment configuration at once (the contract's savePaymentConfiguration): the types every new
     * customer gets (null: unchanged) and those of each customer named (organization id to types), all or nothing.
     *
     * @throws ObjectNotFoundException a customer that is not the caller's organization's
     * @throws org.bss.common.ValidationException a type the operator did not make available to the seller
     */
    public void savePaymentConfiguration(Set<PaymentType> defaults, Map<String, Set<PaymentType>> perCustomer) {
        Organization seller = Sellers.caller(em, context);
        if (defaults != null) {
            Sellers.defaults(em, seller).setTypes(Sellers.offerable(seller, defaults));
        }
        for (Map.Entry<String, Set<PaymentType>> entry : perCustomer.entrySet()) {
            Organization customer = SupplierCustomers.customer(em, seller, entry.getKey());
            relation(seller, customer).setPaymentTypes(Sellers.offerable(seller, entry.getValue()));
        }
        em.flush();
    }

    private SupplierCustomer relation(Organization seller, Organization customer) {
        return SupplierCustomers.find(em, seller.getKey(), customer.getKey()).orElseThrow();
    }
}
