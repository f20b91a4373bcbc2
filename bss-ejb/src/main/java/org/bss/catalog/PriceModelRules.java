package org.bss.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bss.catalog.ParameterDefinition.ValueType;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.common.ValidationException;

/**
 * Whether a price model fits its service: a free one charges nothing; a priced one has a supported currency and a
 * period; no price is negative; roles, parameters, options and events are the technical service's, each priced once;
 * options only for ENUMERATION parameters and steps only for numbers; steps climb without overlap and the last has no
 * end (no gap); steps replace the flat price they stand for. Each refusal names the price by its path.
 */
final class PriceModelRules {

    private PriceModelRules() {}

    static void check(PriceModelTerms t, TechnicalServiceDefinition service, Predicate<String> supportedCurrency) {
        if (t.type() == null) {
            throw new ValidationException("catalog.pm.typeRequired");
        }
        if (t.type() == PriceModelType.FREE_OF_CHARGE) {
            if (!charges(t).isEmpty()) {
                throw new ValidationException(
                        "catalog.pm.freeWithPrices", charges(t).get(0));
            }
            return;
        }
        if (t.currency() == null || t.currency().isBlank()) {
            throw new ValidationException("catalog.pm.currencyRequired");
        }
        if (!supportedCurrency.test(t.currency())) {
            throw new ValidationException("catalog.pm.currencyUnsupported", t.currency());
        }
        if (t.period() == null) {
            throw new ValidationException("catalog.pm.periodRequired");
        }
        if (t.freePeriodDays() < 0) {
            throw new ValidationException("catalog.pm.negativeFreePeriod", String.valueOf(t.freePeriodDays()));
        }
        price("oneTimeFee", t.oneTimeFee());
        price("pricePerPeriod", t.pricePerPeriod());
        price("pricePerUser", t.pricePerUser());
        Set<String> roles = ids(service.roles(), RoleDefinition::id);
        roles("rolePrices", t.rolePrices(), roles);
        steps("userSteps", t.userSteps(), t.pricePerUser());
        once("parameters", t.parameters(), ParameterPrice::parameterId);
        for (ParameterPrice p : t.parameters()) {
            parameter(p, service, roles);
        }
        Set<String> events = ids(service.events(), EventDefinition::id);
        once("events", t.events(), EventPrice::eventId);
        for (EventPrice e : t.events()) {
            String path = "events[" + e.eventId() + "]";
            if (!events.contains(e.eventId())) {
                throw new ValidationException("catalog.pm.unknownEvent", e.eventId(), service.id());
            }
            price(path + ".price", e.price());
            steps(path + ".steps", e.steps(), e.price());
        }
    }

    private static void parameter(ParameterPrice p, TechnicalServiceDefinition service, Set<String> roles) {
        String path = "parameters[" + p.parameterId() + "]";
        ParameterDefinition definition = service.parameters().stream()
                .filter(d -> d.id().equals(p.parameterId()))
                .findFirst()
                .orElseThrow(
                        () -> new ValidationException("catalog.pm.unknownParameter", p.parameterId(), service.id()));
        price(path + ".pricePerSubscription", p.pricePerSubscription());
        price(path + ".pricePerUser", p.pricePerUser());
        roles(path + ".rolePrices", p.rolePrices(), roles);
        boolean number = definition.valueType() == ValueType.INTEGER || definition.valueType() == ValueType.LONG;
        if (!p.steps().isEmpty() && !number) {
            throw new ValidationException("catalog.pm.stepsOfNoNumber", p.parameterId(), definition.valueType());
        }
        steps(path + ".steps", p.steps(), p.pricePerSubscription());
        if (!p.options().isEmpty() && definition.valueType() != ValueType.ENUMERATION) {
            throw new ValidationException("catalog.pm.optionsOfNoEnumeration", p.parameterId());
        }
        Set<String> options = ids(definition.options(), ParameterDefinition.Option::id);
        once(path + ".options", p.options(), OptionPrice::optionId);
        for (OptionPrice o : p.options()) {
            String at = path + ".options[" + o.optionId() + "]";
            if (!options.contains(o.optionId())) {
                throw new ValidationException("catalog.pm.unknownOption", o.optionId(), p.parameterId());
            }
            price(at + ".pricePerSubscription", o.pricePerSubscription());
            price(at + ".pricePerUser", o.pricePerUser());
            roles(at + ".rolePrices", o.rolePrices(), roles);
        }
    }

    private static void roles(String path, List<RolePrice> prices, Set<String> roles) {
        once(path, prices, RolePrice::roleId);
        for (RolePrice r : prices) {
            if (!roles.contains(r.roleId())) {
                throw new ValidationException("catalog.pm.unknownRole", r.roleId());
            }
            price(path + "[" + r.roleId() + "]", r.price());
        }
    }

    private static void steps(String path, List<Step> steps, BigDecimal flatPrice) {
        if (steps.isEmpty()) {
            return;
        }
        if (flatPrice != null && flatPrice.signum() != 0) {
            throw new ValidationException("catalog.pm.stepsAndPrice", path);
        }
        long previous = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            price(path + "[" + i + "].price", step.price());
            boolean last = i == steps.size() - 1;
            if (step.limit() == null) {
                if (!last) {
                    throw new ValidationException("catalog.pm.stepsOverlap", path, String.valueOf(i));
                }
            } else if (step.limit() <= previous) {
                throw new ValidationException("catalog.pm.stepsOverlap", path, String.valueOf(i));
            } else if (last) {
                throw new ValidationException("catalog.pm.stepsGap", path, String.valueOf(step.limit()));
            } else {
                previous = step.limit();
            }
        }
    }

    private static void price(String path, BigDecimal price) {
        if (price != null && price.signum() < 0) {
            throw new ValidationException("catalog.pm.negativePrice", path, price.toPlainString());
        }
    }

    private static <T> void once(String path, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (id.apply(item) == null || !seen.add(id.apply(item))) {
                throw new ValidationException("catalog.pm.twice", path, String.valueOf(id.apply(item)));
            }
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    /** The prices a free price model must not have, by path. */
    private static List<String> charges(PriceModelTerms t) {
        List<String> found = new ArrayList<>();
        if (positive(t.oneTimeFee())) {
            found.add("oneTimeFee");
        }
        if (positive(t.pricePerPeriod())) {
            found.add("pricePerPeriod");
        }
        if (positive(t.pricePerUser())) {
            found.add("pricePerUser");
        }
        if (t.freePeriodDays() != 0) {
            found.add("freePeriodDays");
        }
        if (!t.rolePrices().isEmpty()) {
            found.add("rolePrices");
        }
        if (!t.userSteps().isEmpty()) {
            found.add("userSteps");
        }
        if (!t.parameters().isEmpty()) {
            found.add("parameters");
        }
        if (!t.events().isEmpty()) {
            found.add("events");
        }
        return found;
    }

    private static boolean positive(BigDecimal price) {
        return price != null && price.signum() != 0;
    }
}
