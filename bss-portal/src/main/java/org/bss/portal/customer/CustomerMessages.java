package org.bss.portal.customer;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * A refused change on the customer pages as a global message: the VAT rules name the rate they refuse by its member
 * (defaultVat.rate, countryVats.rate, organizationVats.rate), which the page shows in words of the view's language.
 * Marks the request as failed validation.
 */
final class CustomerMessages {

    private static final Map<String, String> WORDS = Map.of(
            "defaultVat.rate", "customer.field.defaultVat",
            "countryVats.rate", "customer.field.countryVat",
            "organizationVats.rate", "customer.field.customerVat");

    private CustomerMessages() {}

    static void refused(FacesContext context, BssException error) {
        Object[] arguments = error.arguments();
        String words = arguments.length > 0 ? WORDS.get(String.valueOf(arguments[0])) : null;
        if (words == null) {
            PortalMessages.error(context, null, error);
        } else {
            PortalMessages.error(context, null, error, 0, PortalMessages.text(context, words));
        }
        context.validationFailed();
    }
}
