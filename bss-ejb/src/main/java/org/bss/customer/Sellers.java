package org.bss.customer;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.identity.Users;

/** The caller's organization as a seller of customers, and the payment types it may offer them. */
final class Sellers {

    private static final Set<OrganizationRole> SELLING =
            EnumSet.of(OrganizationRole.SUPPLIER, OrganizationRole.RESELLER, OrganizationRole.BROKER);

    private Sellers() {}

    static boolean sells(Organization org) {
        return org.organizationRoles().stream().anyMatch(SELLING::contains);
    }

    /** @throws OperationNotPermittedException account.customer.notSeller */
    static Organization caller(EntityManager em, SessionContext context) {
        Organization org = Users.caller(em, context).getOrganization();
        if (!sells(org)) {
            throw new OperationNotPermittedException("account.customer.notSeller", org.getOrgId());
        }
        return org;
    }

    /** @return the payment types the seller may offer (those the operator made available to it) among {@code types} */
    static Set<PaymentType> offerable(Organization seller, Set<PaymentType> types) {
        Set<PaymentType> available = seller.availablePaymentTypes();
        EnumSet<PaymentType> result = EnumSet.noneOf(PaymentType.class);
        for (PaymentType type : types) {
            if (!available.contains(type)) {
                throw new ValidationException(
                        "account.customer.paymentType", PaymentType.FIELD, type.name(), seller.getOrgId());
            }
            result.add(type);
        }
        return result;
    }

    static PaymentDefaults defaults(EntityManager em, Organization seller) {
        PaymentDefaults defaults = em.find(PaymentDefaults.class, seller.getKey());
        if (defaults == null) {
            defaults = new PaymentDefaults(seller.getKey());
            em.persist(defaults);
        }
        return defaults;
    }
}
