package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.Map;

/** The own prices of one option of an ENUMERATION parameter. */
public record PricedOption(
        String id, BigDecimal pricePerSubscription, BigDecimal pricePerUser, Map<String, BigDecimal> rolePrices) {
    public PricedOption {
        pricePerSubscription = Prices.orZero(pricePerSubscription);
        pricePerUser = Prices.orZero(pricePerUser);
        rolePrices = Prices.copy(rolePrices);
    }
}
