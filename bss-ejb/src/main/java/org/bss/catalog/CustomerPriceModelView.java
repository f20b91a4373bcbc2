package org.bss.catalog;

import org.bss.account.Organization;

/**
 * A customer's own price for a service (G.6) as its supplier reads it: the customer-specific copy of the service (its
 * own key, id and version; status, texts and parameters as the service it copies), the service it copies, the customer
 * and the price model with its texts.
 */
public record CustomerPriceModelView(
        ServiceView service,
        long templateKey,
        Customer customer,
        PriceModelView priceModel,
        PriceModelLocalization texts) {

    /** The customer: key, organization id and name. */
    public record Customer(long key, String organizationId, String name) {

        static Customer of(Organization org) {
            return new Customer(org.getKey(), org.getOrgId(), org.getName());
        }
    }

    static CustomerPriceModelView of(
            MarketableService copy,
            MarketableService template,
            Organization supplier,
            Organization customer,
            ServicePriceModel priceModel) {
        ServiceView own = ServiceView.of(copy, supplier.getOrgId());
        ServiceView view = new ServiceView(
                own.key(),
                own.serviceId(),
                template.getStatus(),
                own.technicalServiceKey(),
                own.technicalServiceId(),
                own.supplierId(),
                own.autoAssignUser(),
                own.version(),
                own.updatedAt(),
                own.texts(),
                own.parameters());
        return new CustomerPriceModelView(
                view,
                template.getKey(),
                Customer.of(customer),
                PriceModelView.of(priceModel),
                priceModel.localization());
    }
}
