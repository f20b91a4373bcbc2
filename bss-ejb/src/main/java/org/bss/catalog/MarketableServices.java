package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The repository of services: the only place that finds them by key, by supplier and id, or by technical service. A
 * customer-specific copy (CustomerServices) is none of these: found only through its customer price model.
 */
public final class MarketableServices {

    private MarketableServices() {}

    public static Optional<MarketableService> find(EntityManager em, long key) {
        return Optional.ofNullable(em.find(MarketableService.class, key)).filter(s -> !s.isCustomerCopy());
    }

    public static Optional<MarketableService> find(EntityManager em, long supplierKey, String serviceId) {
        return em.createQuery(
                        "select s from MarketableService s where s.supplierKey = :org and s.serviceId = :id"
                                + " and s.templateKey is null",
                        MarketableService.class)
                .setParameter("org", supplierKey)
                .setParameter("id", serviceId)
                .getResultStream()
                .findFirst();
    }

    /** One page of the supplier's services, by id. */
    public static List<MarketableService> ofSupplier(EntityManager em, long supplierKey, int offset, int limit) {
        return em.createQuery(
                        "select s from MarketableService s where s.supplierKey = :org and s.templateKey is null"
                                + " order by s.serviceId, s.key",
                        MarketableService.class)
                .setParameter("org", supplierKey)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public static long countOfSupplier(EntityManager em, long supplierKey) {
        return em.createQuery(
                        "select count(s) from MarketableService s where s.supplierKey = :org"
                                + " and s.templateKey is null",
                        Long.class)
                .setParameter("org", supplierKey)
                .getSingleResult();
    }

    /** The services defined on a technical service (any supplier). */
    public static List<MarketableService> onTechnicalService(EntityManager em, long technicalServiceKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.technicalService.key = :ts order by s.key",
                        MarketableService.class)
                .setParameter("ts", technicalServiceKey)
                .getResultList();
    }

    /** The ids of the services defined on a technical service (any supplier), sorted. */
    public static List<String> idsOnTechnicalService(EntityManager em, long technicalServiceKey) {
        return em.createQuery(
                        "select s.serviceId from MarketableService s where s.technicalService.key = :ts"
                                + " and s.templateKey is null order by s.serviceId",
                        String.class)
                .setParameter("ts", technicalServiceKey)
                .getResultList();
    }
}
