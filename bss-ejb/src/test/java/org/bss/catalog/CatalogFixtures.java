package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Catalog rows for tests of the features above catalog: a supplier's service on a technical service of its own. */
public final class CatalogFixtures {

    private CatalogFixtures() {}

    /** @return the key of a new inactive service {@code serviceId} of the supplier */
    public static long service(EntityManager em, long supplierKey, String serviceId, Instant now) {
        TechnicalService ts = new TechnicalService(supplierKey, Definitions.technicalService("ts-" + serviceId), now);
        em.persist(ts);
        em.flush();
        MarketableService service = new MarketableService(
                supplierKey,
                ts,
                new NewService(ts.getKey(), serviceId, new ServiceTexts("en", serviceId, null, null), true, List.of()),
                now);
        em.persist(service);
        em.flush();
        return service.getKey();
    }
}
