package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The repository of customer-specific copies of services (G.6): the only place that finds them. */
final class CustomerServices {

    private CustomerServices() {}

    /** The copy of a supplier's by its key. */
    static Optional<MarketableService> find(EntityManager em, long supplierKey, long key) {
        return Optional.ofNullable(em.find(MarketableService.class, key))
                .filter(s -> s.isCustomerCopy() && s.getSupplierKey() == supplierKey);
    }

    /** The copy of a service for one customer. */
    static Optional<MarketableService> of(EntityManager em, long templateKey, long customerKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.templateKey = :t and s.customerKey = :c",
                        MarketableService.class)
                .setParameter("t", templateKey)
                .setParameter("c", customerKey)
                .getResultStream()
                .findFirst();
    }

    /** The copies of a service, one per customer with a price model of its own. */
    static List<MarketableService> ofTemplate(EntityManager em, long templateKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.templateKey = :t order by s.key",
                        MarketableService.class)
                .setParameter("t", templateKey)
                .getResultList();
    }

    /** A supplier's copies for every customer, by id. */
    static List<MarketableService> ofSupplier(EntityManager em, long supplierKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.supplierKey = :org and s.templateKey is not null"
                                + " order by s.serviceId, s.key",
                        MarketableService.class)
                .setParameter("org", supplierKey)
                .getResultList();
    }

    /** A supplier's copies for one customer, by id. */
    static List<MarketableService> ofCustomer(EntityManager em, long supplierKey, long customerKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.supplierKey = :org and s.customerKey = :c"
                                + " order by s.serviceId, s.key",
                        MarketableService.class)
                .setParameter("org", supplierKey)
                .setParameter("c", customerKey)
                .getResultList();
    }
}
