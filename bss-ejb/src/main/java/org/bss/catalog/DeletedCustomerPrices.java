package org.bss.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.onboarding.UnconfirmedOrganizationDeleting;

/**
 * An organization the unconfirmed-organization timer deletes loses the price models of its own that suppliers gave it
 * (G.6): its customer-specific copies of services go with their price models and history (nothing was subscribed).
 */
@Stateless
@PermitAll
public class DeletedCustomerPrices {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    public void forget(@Observes UnconfirmedOrganizationDeleting deleting) {
        em.createQuery("select s from MarketableService s where s.customerKey = :c", MarketableService.class)
                .setParameter("c", deleting.organizationKey())
                .getResultList()
                .forEach(copy -> {
                    PriceModels.deleteOf(em, copy.getKey());
                    em.remove(copy);
                });
        em.flush();
    }
}
