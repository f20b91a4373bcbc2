package org.bss.marketplace;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The repository of marketplaces: the only place that finds them by id or by owner. */
public final class Marketplaces {

    private Marketplaces() {}

    public static Optional<Marketplace> find(EntityManager em, String marketplaceId) {
        if (marketplaceId == null) {
            return Optional.empty();
        }
        return em.createQuery("select m from Marketplace m where m.marketplaceId = :id", Marketplace.class)
                .setParameter("id", marketplaceId)
                .getResultStream()
                .findFirst();
    }

    public static boolean exists(EntityManager em, String marketplaceId) {
        return find(em, marketplaceId).isPresent();
    }

    /** One page of all marketplaces, by id. */
    static List<Marketplace> all(EntityManager em, int offset, int limit) {
        return em.createQuery("select m from Marketplace m order by m.marketplaceId", Marketplace.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    static long countAll(EntityManager em) {
        return em.createQuery("select count(m) from Marketplace m", Long.class).getSingleResult();
    }

    /** One page of the marketplaces an organization owns, by id. */
    static List<Marketplace> ownedBy(EntityManager em, long orgKey, int offset, int limit) {
        return em.createQuery(
                        "select m from Marketplace m where m.owner.key = :org order by m.marketplaceId",
                        Marketplace.class)
                .setParameter("org", orgKey)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    static long countOwnedBy(EntityManager em, long orgKey) {
        return em.createQuery("select count(m) from Marketplace m where m.owner.key = :org", Long.class)
                .setParameter("org", orgKey)
                .getSingleResult();
    }

    /** The marketplaces that grant or ban an organization. */
    static List<Marketplace> namingSupplier(EntityManager em, long orgKey) {
        return em.createQuery(
                        "select distinct m from Marketplace m join m.suppliers s where s.orgKey = :org",
                        Marketplace.class)
                .setParameter("org", orgKey)
                .getResultList();
    }
}
