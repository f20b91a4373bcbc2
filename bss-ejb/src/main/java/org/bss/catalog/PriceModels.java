package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The repository of price models and their history: the only place that finds them, and the one way a price model is
 * created or changed — every state is also appended to the history.
 */
public final class PriceModels {

    private PriceModels() {}

    public static Optional<ServicePriceModel> of(EntityManager em, long serviceKey) {
        return em.createQuery("select p from ServicePriceModel p where p.serviceKey = :s", ServicePriceModel.class)
                .setParameter("s", serviceKey)
                .getResultStream()
                .findFirst();
    }

    static ServicePriceModel create(EntityManager em, long serviceKey, PriceModelTerms terms, Instant now) {
        ServicePriceModel created = new ServicePriceModel(serviceKey, terms, now);
        em.persist(created);
        em.flush();
        em.persist(new PriceModelVersion(created, now));
        return created;
    }

    static void change(EntityManager em, ServicePriceModel priceModel, PriceModelTerms terms, Instant now) {
        priceModel.change(terms, now);
        em.persist(new PriceModelVersion(priceModel, now));
    }

    /** The states of a price model, oldest first. */
    public static List<PriceModelVersion> history(EntityManager em, long priceModelKey) {
        return em.createQuery(
                        "select v from PriceModelVersion v where v.priceModelKey = :pm order by v.validFrom, v.key",
                        PriceModelVersion.class)
                .setParameter("pm", priceModelKey)
                .getResultList();
    }

    /** Removes a service's price model with its history (a service nobody subscribed to leaves nothing to bill). */
    static void deleteOf(EntityManager em, long serviceKey) {
        of(em, serviceKey).ifPresent(pm -> {
            em.createQuery("delete from PriceModelVersion v where v.priceModelKey = :pm")
                    .setParameter("pm", pm.getKey())
                    .executeUpdate();
            em.remove(pm);
            em.flush(); // before the service goes: the row refers to it by a plain key, not a mapped relation
        });
    }
}
