package org.bss.marketplace;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The repository of publications: where a service is on sale, and what is on sale on a marketplace. */
public final class Publications {

    private Publications() {}

    public static Optional<Publication> of(EntityManager em, long serviceKey) {
        return Optional.ofNullable(em.find(Publication.class, serviceKey));
    }

    public static List<Publication> onMarketplace(EntityManager em, long marketplaceKey) {
        return em.createQuery(
                        "select p from Publication p where p.marketplace.key = :m order by p.serviceKey",
                        Publication.class)
                .setParameter("m", marketplaceKey)
                .getResultList();
    }
}
