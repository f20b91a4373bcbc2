package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The repository of technical services: the only place that finds them by provider and id. */
public final class TechnicalServices {

    private TechnicalServices() {}

    public static Optional<TechnicalService> get(EntityManager em, long key) {
        return Optional.ofNullable(em.find(TechnicalService.class, key));
    }

    public static Optional<TechnicalService> find(EntityManager em, long orgKey, String tsId) {
        return em.createQuery(
                        "select t from TechnicalService t where t.orgKey = :org and t.tsId = :id",
                        TechnicalService.class)
                .setParameter("org", orgKey)
                .setParameter("id", tsId)
                .getResultStream()
                .findFirst();
    }

    /** The provider's technical service with this key. */
    public static Optional<TechnicalService> findByKey(EntityManager em, long orgKey, long key) {
        return em.createQuery(
                        "select t from TechnicalService t where t.orgKey = :org and t.key = :key",
                        TechnicalService.class)
                .setParameter("org", orgKey)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * The technical services a supplier may define services on, by id: those it was allowed to use (G.1 "Manage
     * suppliers") and, when it is their technology provider too, its own ({@link TechnicalService#mayBeUsedBy}).
     */
    public static List<TechnicalService> usableBy(EntityManager em, long supplierKey) {
        return em.createQuery(
                        "select distinct t from TechnicalService t left join t.supplierKeys s"
                                + " where s = :org or t.orgKey = :org order by t.tsId, t.key",
                        TechnicalService.class)
                .setParameter("org", supplierKey)
                .getResultList();
    }

    /** The provider's technical services, by id. */
    public static List<TechnicalService> ofProvider(EntityManager em, long orgKey) {
        return em.createQuery(
                        "select t from TechnicalService t where t.orgKey = :org order by t.tsId",
                        TechnicalService.class)
                .setParameter("org", orgKey)
                .getResultList();
    }
}
