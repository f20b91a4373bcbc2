package org.bss.ws.catalog;

import java.util.Locale;
import org.bss.catalog.CustomerPriceModelView;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.ws.vo.VOCustomerService;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOService;
import org.bss.ws.vo.VOServiceDetails;

/**
 * A customer price model as the contract shows it (G.6): the customer-specific service (its own key, id and version)
 * carrying the customer's price model; VOCustomerService adds the customer.
 */
final class CustomerServiceMapper {

    private CustomerServiceMapper() {}

    /** The customer named by a VO: its organization id (as getMyCustomers returns it). */
    static String customerId(VOOrganization customer) {
        return ServiceInput.required(customer, "customer").getOrganizationId();
    }

    static VOServiceDetails details(CustomerPriceModelView view, TechnicalServiceDetails technical, Locale caller) {
        VOServiceDetails vo = fill(new VOServiceDetails(), view, technical, caller);
        vo.setTechnicalService(technical == null ? null : TechnicalServiceMapper.toVO(technical, caller));
        return vo;
    }

    static VOService brief(CustomerPriceModelView view, TechnicalServiceDetails technical, Locale caller) {
        return fill(new VOService(), view, technical, caller);
    }

    static VOCustomerService withCustomer(
            CustomerPriceModelView view, TechnicalServiceDetails technical, Locale caller) {
        VOCustomerService vo = fill(new VOCustomerService(), view, technical, caller);
        vo.setOrganizationId(view.customer().organizationId());
        vo.setOrganizationKey(view.customer().key());
        vo.setOrganizationName(view.customer().name());
        return vo;
    }

    private static <V extends VOService> V fill(
            V vo, CustomerPriceModelView view, TechnicalServiceDetails technical, Locale caller) {
        ServiceMapper.fill(vo, view.service(), technical, caller);
        if (technical != null) {
            vo.setPriceModel(PriceModelMapper.toVO(view.priceModel(), view.texts(), technical.definition(), caller));
        }
        return vo;
    }
}
