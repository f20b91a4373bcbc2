package org.bss.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.account.SupplierCustomers;
import org.bss.billing.vat.VatSettings;
import org.bss.onboarding.UnconfirmedOrganizationDeleting;

/**
 * An organization the unconfirmed-organization timer deletes stops being a customer or seller: its relations,
 * discounts, VAT rates (as customer and as supplier) and default payment types go.
 */
@Stateless
@PermitAll
public class DeletedCustomers {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    public void forget(@Observes UnconfirmedOrganizationDeleting deleting) {
        long key = deleting.organizationKey();
        em.createQuery("select v from VatSettings v", VatSettings.class)
                .getResultList()
                .forEach(v -> v.forgetCustomer(key));
        VatSettings own = em.find(VatSettings.class, key);
        if (own != null) {
            em.remove(own);
        }
        em.flush();
        em.createQuery("delete from CustomerDiscount d where d.supplierKey = :k or d.customerKey = :k")
                .setParameter("k", key)
                .executeUpdate();
        em.createQuery("delete from PaymentDefaults d where d.supplierKey = :k")
                .setParameter("k", key)
                .executeUpdate();
        SupplierCustomers.forget(em, key);
    }
}
