package org.bss.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries of up/downgrade options. */
public final class UpgradePaths {

    private UpgradePaths() {}

    /** The services a subscription of this one may move to, by service id. */
    public static List<MarketableService> targetsOf(EntityManager em, long serviceKey) {
        return em.createQuery(
                        "select s from MarketableService s where s.key in (select p.targetKey from UpgradePath p"
                                + " where p.serviceKey = :key) order by s.serviceId",
                        MarketableService.class)
                .setParameter("key", serviceKey)
                .getResultList();
    }

    /** Whether the service is the start or the end of an up/downgrade option. */
    public static boolean touch(EntityManager em, long serviceKey) {
        return !em.createQuery(
                        "select p.serviceKey from UpgradePath p where p.serviceKey = :key or p.targetKey = :key",
                        Long.class)
                .setParameter("key", serviceKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    static void deleteFrom(EntityManager em, long serviceKey) {
        em.createQuery("delete from UpgradePath p where p.serviceKey = :key")
                .setParameter("key", serviceKey)
                .executeUpdate();
    }
}
