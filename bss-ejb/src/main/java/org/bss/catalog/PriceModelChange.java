package org.bss.catalog;

import org.bss.audit.AuditPairs;

/**
 * One audited change of a price model (App. D.3.13–39): which kind of price changed and the pairs that describe it,
 * without the pairs of the price model's owner (service, customer, subscription), which the caller puts first.
 */
public record PriceModelChange(Kind kind, AuditPairs pairs) {

    /** The price-model families of App. D.3, each with a variant per service, customer and subscription. */
    public enum Kind {
        /** Edit event price (D.3.13–15). */
        EVENT_PRICE,
        /** Edit one time fee (D.3.16–17). */
        ONE_TIME_FEE,
        /** Edit customer / service price model: currency, period, type, trial (D.3.18–19). */
        CHARGEABLE,
        /** Edit price model type to free of charge (D.3.20–21). */
        FREE,
        /** Edit price per subscription parameter (D.3.22–24). */
        PARAMETER_SUBSCRIPTION_PRICE,
        /** Edit price per user parameter (D.3.25–27). */
        PARAMETER_USER_PRICE,
        /** Edit price per user role parameter (D.3.28–30). */
        PARAMETER_ROLE_PRICE,
        /** Edit recurring charge for subscription (D.3.31–33). */
        SUBSCRIPTION_PRICE,
        /** Edit recurring charge for users (D.3.34–36). */
        USER_PRICE,
        /** Edit service role prices (D.3.37–39). */
        ROLE_PRICE
    }
}
