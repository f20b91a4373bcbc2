package org.bss.customer;

import java.time.Instant;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomer;

/**
 * A seller's customer as the seller sees it (G.2 View customers, Customer settings): the organization's data, the
 * marketplace it came through, since when it is a customer, the payment types offered to it and the relation's
 * version (ETag of its settings).
 */
public record CustomerView(
        String organizationId,
        String name,
        String email,
        String address,
        String phone,
        String domicile,
        String locale,
        String marketplaceId,
        Instant customerSince,
        Set<PaymentType> paymentTypes,
        int version) {

    static CustomerView of(Organization o, SupplierCustomer relation) {
        return new CustomerView(
                o.getOrgId(),
                o.getName(),
                o.getEmail(),
                o.getAddress(),
                o.getPhone(),
                o.getDomicile(),
                o.getLocale(),
                relation.getMarketplaceId(),
                relation.getCreatedAt(),
                relation.paymentTypes(),
                relation.getVersion());
    }
}
