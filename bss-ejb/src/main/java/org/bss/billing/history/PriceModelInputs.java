package org.bss.billing.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.time.PeriodUnit;
import org.bss.catalog.ParameterDefinition;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.catalog.TechnicalServiceDefinition;

/**
 * The billing engine's price model built from a state of the catalog's price-model history: the same prices, the
 * parameter types of the technical service, and the steps in the engine's form — each step carries the entities the
 * lower steps priced (free entity count) and what they cost (additional price).
 */
public final class PriceModelInputs {

    private PriceModelInputs() {}

    /**
     * @param id the state's id in the subscription history
     * @param key the price model's key (shared by its states)
     */
    public static PriceModel of(
            String id, String key, String serviceId, PriceModelTerms terms, TechnicalServiceDefinition service) {
        Map<String, ParameterType> types = service.parameters().stream()
                .collect(Collectors.toMap(
                        ParameterDefinition::id,
                        p -> ParameterType.valueOf(p.valueType().name())));
        return new PriceModel(
                id,
                key,
                serviceId,
                PricingType.valueOf(terms.type().name()),
                terms.period() == null
                        ? null
                        : PeriodUnit.valueOf(terms.period().name()),
                terms.currency(),
                terms.oneTimeFee(),
                terms.pricePerPeriod(),
                terms.pricePerUser(),
                roles(terms.rolePrices()),
                terms.freePeriodDays(),
                steps(terms.userSteps()),
                terms.parameters().stream()
                        .map(p -> new PricedParameter(
                                p.parameterId(),
                                types.get(p.parameterId()),
                                p.pricePerSubscription(),
                                p.pricePerUser(),
                                roles(p.rolePrices()),
                                steps(p.steps()),
                                p.options().stream()
                                        .map(o -> new PricedOption(
                                                o.optionId(),
                                                o.pricePerSubscription(),
                                                o.pricePerUser(),
                                                roles(o.rolePrices())))
                                        .toList()))
                        .toList(),
                terms.events().stream()
                        .map(e -> new PricedEvent(e.eventId(), e.price(), steps(e.steps())))
                        .toList());
    }

    private static Map<String, BigDecimal> roles(List<RolePrice> prices) {
        Map<String, BigDecimal> byRole = new LinkedHashMap<>();
        prices.forEach(r -> byRole.put(r.roleId(), r.price()));
        return byRole;
    }

    static List<SteppedPrice> steps(List<Step> steps) {
        List<SteppedPrice> out = new ArrayList<>();
        long below = 0;
        BigDecimal costBelow = BigDecimal.ZERO;
        for (Step step : steps) {
            BigDecimal price = step.price() == null ? BigDecimal.ZERO : step.price();
            out.add(new SteppedPrice(step.limit(), price, below, costBelow));
            if (step.limit() != null) {
                costBelow = costBelow.add(price.multiply(BigDecimal.valueOf(step.limit() - below)));
                below = step.limit();
            }
        }
        return out;
    }
}
