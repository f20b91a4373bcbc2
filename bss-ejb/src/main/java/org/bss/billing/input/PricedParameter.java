package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Prices of one parameter in a price model; the value multiplies them (see ParameterType). Stepped prices
 * replace value × pricePerSubscription by the stepped cost of the value.
 */
public record PricedParameter(
        String id,
        ParameterType type,
        BigDecimal pricePerSubscription,
        BigDecimal pricePerUser,
        Map<String, BigDecimal> rolePrices,
        List<SteppedPrice> steps,
        List<PricedOption> options) {
    public PricedParameter {
        pricePerSubscription = Prices.orZero(pricePerSubscription);
        pricePerUser = Prices.orZero(pricePerUser);
        rolePrices = Prices.copy(rolePrices);
        steps = steps == null ? List.of() : List.copyOf(steps);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static PricedParameter of(
            String id, ParameterType type, BigDecimal pricePerSubscription, BigDecimal pricePerUser) {
        return new PricedParameter(id, type, pricePerSubscription, pricePerUser, Map.of(), List.of(), List.of());
    }

    public PricedOption option(String optionId) {
        for (PricedOption o : options) {
            if (o.id().equals(optionId)) {
                return o;
            }
        }
        return null;
    }
}
