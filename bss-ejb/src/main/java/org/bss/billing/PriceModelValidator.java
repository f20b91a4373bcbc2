package org.bss.billing;

import static org.bss.billing.InputValidator.nonNegative;
import static org.bss.billing.InputValidator.require;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bss.billing.input.ParameterType;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.SteppedPrice;

/**
 * Checks one price model: known ISO 4217 currency, no negative price or count, well-formed steps.
 * Messages are built only when a check fails.
 */
final class PriceModelValidator {
    /** The last code {@link Currency#getInstance(String)} accepted (any thread; a stale value is still valid). */
    private static volatile String knownCurrency;

    private PriceModelValidator() {
    }

    static void validate(Supplier<String> sub, PriceModel pm) {
        require(pm.id() != null, () -> sub.get() + "a price model has no id");
        Supplier<String> where = () -> sub.get() + "price model '" + pm.id() + "' ";
        require(pm.type() != null, () -> where.get() + "has no calculation mode");
        require(pm.currency() != null, () -> where.get() + "has no currency");
        String currency = pm.currency();
        if (!currency.equals(knownCurrency)) { // a run mostly repeats one code: skip the JDK's map lookup
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new BillingInputException(where.get() + "has unknown currency '" + currency + "'", e);
            }
            knownCurrency = currency;
        }
        nonNegative(where, "one-time fee", pm.oneTimeFee());
        nonNegative(where, "price per period", pm.pricePerPeriod());
        nonNegative(where, "price per user", pm.pricePerUser());
        require(pm.freePeriodDays() >= 0,
                () -> where.get() + "free period " + pm.freePeriodDays() + " days is negative");
        rolePrices(where, pm.rolePrices());
        steps(() -> where.get() + "user", pm.userSteps());
        for (PricedParameter p : pm.parameters()) {
            Supplier<String> param = () -> where.get() + "parameter '" + p.id() + "' ";
            require(p.id() != null && p.type() != null, () -> where.get() + "has a parameter without id or type");
            nonNegative(param, "price per subscription", p.pricePerSubscription());
            nonNegative(param, "price per user", p.pricePerUser());
            rolePrices(param, p.rolePrices());
            require(p.steps().isEmpty() || p.type() == ParameterType.INTEGER || p.type() == ParameterType.LONG,
                    () -> param.get() + "has stepped prices but is not numeric (" + p.type() + ")");
            steps(param, p.steps());
            for (PricedOption o : p.options()) {
                Supplier<String> option = () -> param.get() + "option '" + o.id() + "' ";
                nonNegative(option, "price per subscription", o.pricePerSubscription());
                nonNegative(option, "price per user", o.pricePerUser());
                rolePrices(option, o.rolePrices());
            }
        }
        for (PricedEvent e : pm.events()) {
            nonNegative(() -> where.get() + "event '" + e.id() + "' price", e.price());
            steps(() -> where.get() + "event '" + e.id() + "'", e.steps());
        }
    }

    private static void rolePrices(Supplier<String> where, Map<String, BigDecimal> prices) {
        for (Map.Entry<String, BigDecimal> e : prices.entrySet()) {
            nonNegative(() -> where.get() + "price of role '" + e.getKey() + "'", e.getValue());
        }
    }

    /** Limits strictly increasing, the last one open, free counts within the range below each step. */
    private static void steps(Supplier<String> where, List<SteppedPrice> steps) {
        long lower = 0;
        for (int i = 0; i < steps.size(); i++) {
            SteppedPrice s = steps.get(i);
            int number = i + 1;
            Supplier<String> step = () -> where.get() + " stepped price #" + number + " ";
            nonNegative(step, "price", s.price());
            nonNegative(step, "additional price", s.additionalPrice());
            require(s.freeEntityCount() >= 0,
                    () -> step.get() + "free entity count " + s.freeEntityCount() + " is negative");
            long previousLimit = lower;
            require(s.freeEntityCount() <= lower, () -> step.get() + "free entity count " + s.freeEntityCount()
                    + " exceeds the previous limit " + previousLimit);
            boolean last = i == steps.size() - 1;
            require(last == (s.limit() == null), () -> last ? step.get() + "must have no limit (it is the last step)"
                    : step.get() + "has no limit but is not the last step");
            if (!last) {
                require(s.limit() >= 0 && (i == 0 || s.limit() > lower), () -> step.get() + "limit " + s.limit()
                        + " is negative or not above the previous limit " + previousLimit);
                lower = s.limit();
            }
        }
    }
}
