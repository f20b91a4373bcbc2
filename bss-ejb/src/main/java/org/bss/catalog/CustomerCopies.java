package org.bss.catalog;

import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.audit.AuditTrail;

/** Removing a customer's copy of a service with its price model and history, audited (D.3.11). */
final class CustomerCopies {

    private CustomerCopies() {}

    /** serviceId and serviceName of the service copied, then customerKey (the customer's id) and customerName. */
    static AuditPairs pairs(MarketableService template, Organization customer, String locale) {
        return ServiceAudit.of(template, locale)
                .add("customerKey", customer.getOrgId())
                .add("customerName", customer.getName());
    }

    static void remove(EntityManager em, AuditTrail audit, MarketableService copy, String locale) {
        MarketableService template = em.find(MarketableService.class, copy.getTemplateKey());
        Organization customer = em.find(Organization.class, copy.getCustomerKey());
        audit.record(AuditOperation.DELETE_CUSTOMER_PRICE_MODEL, pairs(template, customer, locale));
        PriceModels.deleteOf(em, copy.getKey());
        em.remove(copy);
        em.flush();
    }
}
