package org.bss.billing;

import static org.bss.billing.InputValidator.refused;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.RolePrices;
import org.bss.billing.input.SteppedPrice;

/**
 * Checks one price model: known ISO 4217 currency, no negative price or count, well-formed steps.
 * The text naming where a problem is ("price model 'x' parameter 'y' ") is only built when a check fails.
 */
final class PriceModelValidator {
    /** The last code {@link Currency#getInstance(String)} accepted (any thread; a stale value is still valid). */
    private static volatile String knownCurrency;

    private PriceModelValidator() {}

    static void validate(String sub, PriceModel pm) {
        if (pm.id() == null) {
            throw refused(sub, "a price model has no id");
        }
        if (pm.type() == null) {
            throw refused(sub, where(pm) + "has no calculation mode");
        }
        if (pm.currency() == null) {
            throw refused(sub, where(pm) + "has no currency");
        }
        String currency = pm.currency();
        if (!currency.equals(knownCurrency)) { // a run mostly repeats one code: skip the JDK's map lookup
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw new BillingInputException(
                        refused(sub, where(pm) + "has unknown currency '" + currency + "'")
                                .getMessage(),
                        e);
            }
            knownCurrency = currency;
        }
        nonNegative(sub, pm, null, null, "one-time fee", pm.oneTimeFee());
        nonNegative(sub, pm, null, null, "price per period", pm.pricePerPeriod());
        nonNegative(sub, pm, null, null, "price per user", pm.pricePerUser());
        if (pm.freePeriodDays() < 0) {
            throw refused(sub, where(pm) + "free period " + pm.freePeriodDays() + " days is negative");
        }
        rolePrices(sub, pm, null, null, pm.rolePrices());
        steps(sub, pm, null, null, pm.userSteps());
        for (PricedParameter p : pm.parameters()) {
            if (p.id() == null || p.type() == null) {
                throw refused(sub, where(pm) + "has a parameter without id or type");
            }
            nonNegative(sub, pm, p, null, "price per subscription", p.pricePerSubscription());
            nonNegative(sub, pm, p, null, "price per user", p.pricePerUser());
            rolePrices(sub, pm, p, null, p.rolePrices());
            if (!p.steps().isEmpty() && p.type() != ParameterType.INTEGER && p.type() != ParameterType.LONG) {
                throw refused(sub, where(pm, p, null) + "has stepped prices but is not numeric (" + p.type() + ")");
            }
            steps(sub, pm, p, null, p.steps());
            for (PricedOption o : p.options()) {
                nonNegative(sub, pm, p, o, "price per subscription", o.pricePerSubscription());
                nonNegative(sub, pm, p, o, "price per user", o.pricePerUser());
                rolePrices(sub, pm, p, o, o.rolePrices());
            }
        }
        for (PricedEvent e : pm.events()) {
            if (e.price().signum() < 0) {
                throw refused(sub, where(pm) + "event '" + e.id() + "' price is negative (" + e.price() + ")");
            }
            steps(sub, pm, null, e, e.steps());
        }
    }

    private static void rolePrices(
            String sub, PriceModel pm, PricedParameter p, PricedOption o, Map<String, BigDecimal> prices) {
        RolePrices roles = RolePrices.of(prices);
        for (int i = 0; i < roles.size(); i++) {
            BigDecimal price = roles.price(i);
            if (price != null && price.signum() < 0) {
                throw refused(
                        sub, where(pm, p, o) + "price of role '" + roles.roleId(i) + "' is negative (" + price + ")");
            }
        }
    }

    /** Limits strictly increasing, the last one open, free counts within the range below each step. */
    private static void steps(String sub, PriceModel pm, PricedParameter p, PricedEvent e, List<SteppedPrice> steps) {
        long lower = 0;
        for (int i = 0; i < steps.size(); i++) {
            SteppedPrice s = steps.get(i);
            boolean last = i == steps.size() - 1;
            String problem = null;
            if (s.price().signum() < 0) {
                problem = "price is negative (" + s.price() + ")";
            } else if (s.additionalPrice().signum() < 0) {
                problem = "additional price is negative (" + s.additionalPrice() + ")";
            } else if (s.freeEntityCount() < 0) {
                problem = "free entity count " + s.freeEntityCount() + " is negative";
            } else if (s.freeEntityCount() > lower) {
                problem = "free entity count " + s.freeEntityCount() + " exceeds the previous limit " + lower;
            } else if (last != (s.limit() == null)) {
                problem = last ? "must have no limit (it is the last step)" : "has no limit but is not the last step";
            } else if (!last && (s.limit() < 0 || (i > 0 && s.limit() <= lower))) {
                problem = "limit " + s.limit() + " is negative or not above the previous limit " + lower;
            }
            if (problem != null) {
                String owner = p != null ? "parameter '" + p.id() + "'" : e != null ? "event '" + e.id() + "'" : "user";
                throw refused(sub, where(pm) + owner + " stepped price #" + (i + 1) + " " + problem);
            }
            if (!last) {
                lower = s.limit();
            }
        }
    }

    private static void nonNegative(
            String sub, PriceModel pm, PricedParameter p, PricedOption o, String what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw refused(sub, where(pm, p, o) + what + " is negative (" + value + ")");
        }
    }

    private static String where(PriceModel pm) {
        return "price model '" + pm.id() + "' ";
    }

    private static String where(PriceModel pm, PricedParameter p, PricedOption o) {
        return where(pm)
                + (p == null ? "" : "parameter '" + p.id() + "' ")
                + (o == null ? "" : "option '" + o.id() + "' ");
    }
}
