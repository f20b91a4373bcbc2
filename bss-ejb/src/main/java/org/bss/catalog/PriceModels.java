package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bss.common.ConcurrentModificationException;

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

    /**
     * The price model a customer pays for a service: its own (a customer price model, G.6) when the service's supplier
     * gave it one, else the service's.
     */
    public static Optional<ServicePriceModel> chargedTo(EntityManager em, long serviceKey, long customerKey) {
        return CustomerServices.of(em, serviceKey, customerKey)
                .flatMap(copy -> of(em, copy.getKey()))
                .or(() -> of(em, serviceKey));
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

    /**
     * Creates or replaces the price model of a service (or of a customer's copy of one): the one way terms are saved,
     * each state appended to the history. The caller checked the terms (PriceModelRules) and the service's status.
     *
     * @param version the version read; null when creating, or to replace whatever changed since
     * @throws ConcurrentModificationException the price model changed since {@code version} was read
     */
    static Saved save(EntityManager em, MarketableService service, PriceModelTerms terms, Long version, Instant now) {
        Optional<ServicePriceModel> existing = of(em, service.getKey());
        if (existing.isEmpty()) {
            return new Saved(create(em, service.getKey(), terms, now), null);
        }
        ServicePriceModel saved = existing.get();
        if (version != null && saved.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "catalog.pm.stale",
                    service.getServiceId(),
                    String.valueOf(version),
                    String.valueOf(saved.getVersion()));
        }
        PriceModelTerms before = saved.terms();
        change(em, saved, terms, now);
        return new Saved(saved, before);
    }

    /** A price model as saved, with the terms it had before (null: it is new). */
    record Saved(ServicePriceModel priceModel, PriceModelTerms before) {

        /** The audited changes from the state before to {@code terms}. */
        List<PriceModelChange> changes(PriceModelTerms terms) {
            return PriceModelChanges.between(before, terms);
        }
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
