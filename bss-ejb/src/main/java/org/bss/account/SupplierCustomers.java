package org.bss.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bss.common.ObjectNotFoundException;

/** The repository of sellers' customers (ORG-2): the one place that finds the relation. */
public final class SupplierCustomers {

    private SupplierCustomers() {}

    public static Optional<SupplierCustomer> find(EntityManager em, long supplierKey, long customerKey) {
        return Optional.ofNullable(em.find(SupplierCustomer.class, new SupplierCustomerKey(supplierKey, customerKey)));
    }

    /** Makes {@code customer} a customer of {@code supplier} (if not yet) with the given payment types. */
    public static SupplierCustomer relate(
            EntityManager em,
            Organization supplier,
            Organization customer,
            String marketplaceId,
            Set<PaymentType> paymentTypes,
            Instant now) {
        Optional<SupplierCustomer> existing = find(em, supplier.getKey(), customer.getKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        SupplierCustomer relation =
                new SupplierCustomer(supplier.getKey(), customer.getKey(), marketplaceId, paymentTypes, now);
        em.persist(relation);
        return relation;
    }

    /**
     * The organization {@code customerId} as a customer of {@code supplier}.
     *
     * @throws ObjectNotFoundException no such organization, or not a customer of this supplier
     */
    public static Organization customer(EntityManager em, Organization supplier, String customerId) {
        Organization customer = Organizations.byOrgId(em, customerId);
        if (customer == null || find(em, supplier.getKey(), customer.getKey()).isEmpty()) {
            throw new ObjectNotFoundException("account.customer.notFound", String.valueOf(customerId));
        }
        return customer;
    }

    /** Removes every relation of an organization, as seller or customer (the organization is being deleted). */
    public static void forget(EntityManager em, long orgKey) {
        em.createQuery("delete from SupplierCustomer r where r.supplierKey = :k or r.customerKey = :k")
                .setParameter("k", orgKey)
                .executeUpdate();
    }
}
