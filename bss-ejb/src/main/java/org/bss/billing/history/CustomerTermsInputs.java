package org.bss.billing.history;

import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.account.SupplierCustomerKey;
import org.bss.billing.discount.CustomerDiscount;
import org.bss.billing.discount.DiscountTerms;
import org.bss.billing.input.Discount;
import org.bss.billing.input.VatRates;
import org.bss.billing.vat.VatSettings;

/**
 * The engine's VAT rates and discount for one supplier and customer, read from what the supplier stored
 * (billing.vat, billing.discount): the customer's rate, the rate of the customer's domicile country and the default
 * rate (none when VAT support is off); the customer's discount (none without one).
 */
public final class CustomerTermsInputs {

    private CustomerTermsInputs() {}

    /** The rates stored for a customer of {@code supplierKey}. */
    public static VatRates vat(EntityManager em, long supplierKey, Organization customer) {
        return vat(em.find(VatSettings.class, supplierKey), customer);
    }

    /** The discount stored for a customer of {@code supplierKey}, or null. */
    public static Discount discount(EntityManager em, long supplierKey, long customerKey) {
        return discount(em.find(CustomerDiscount.class, new SupplierCustomerKey(supplierKey, customerKey)));
    }

    /** @param settings a supplier's VAT, null when its VAT support is off */
    static VatRates vat(VatSettings settings, Organization customer) {
        if (settings == null) {
            return VatRates.none();
        }
        return new VatRates(
                settings.customerRate(customer.getKey()),
                settings.countryRate(customer.getDomicile()),
                settings.getDefaultRate());
    }

    /** @param stored a customer's discount, or null */
    static Discount discount(CustomerDiscount stored) {
        if (stored == null) {
            return null;
        }
        DiscountTerms terms = stored.terms();
        return new Discount(terms.percent(), terms.begin(), terms.end());
    }
}
