package org.bss.marketplace;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.onboarding.UnconfirmedOrganizationDeleting;

/** An organization the unconfirmed-organization timer deletes leaves the marketplaces that granted or banned it. */
@Stateless
@PermitAll
public class DeletedSuppliers {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    public void forget(@Observes UnconfirmedOrganizationDeleting deleting) {
        Marketplaces.namingSupplier(em, deleting.organizationKey())
                .forEach(m -> m.forgetSupplier(deleting.organizationKey()));
        em.flush();
    }
}
