package org.bss.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a price model charges (SVC-3, the contract's VOPriceModel without its texts): free or priced, currency, how
 * usage time counts, the period, one-time fee, recurring charges per subscription and per user, role prices, stepped
 * prices for users, parameter, option and event prices, free trial days. Absent prices are none (zero). Checked
 * against the technical service by {@link PriceModelRules}; the billing engine's input is built from it.
 */
public record PriceModelTerms(
        PriceModelType type,
        String currency,
        PricingPeriod period,
        BigDecimal oneTimeFee,
        BigDecimal pricePerPeriod,
        BigDecimal pricePerUser,
        int freePeriodDays,
        List<RolePrice> rolePrices,
        List<Step> userSteps,
        List<ParameterPrice> parameters,
        List<EventPrice> events) {

    public PriceModelTerms {
        rolePrices = copy(rolePrices);
        userSteps = copy(userSteps);
        parameters = copy(parameters);
        events = copy(events);
    }

    /** The contract's PriceModelType. */
    public enum PriceModelType {
        FREE_OF_CHARGE,
        PRO_RATA,
        PER_UNIT
    }

    /** The contract's PricingPeriod. */
    public enum PricingPeriod {
        MONTH,
        WEEK,
        DAY,
        HOUR
    }

    /** The price per user and period of a service role. */
    public record RolePrice(String roleId, BigDecimal price) {}

    /** One step of stepped prices: for counts above the previous step's limit up to {@code limit} (null: no end). */
    public record Step(Long limit, BigDecimal price) {}

    /** The prices of a parameter: per subscription, per user, per role; steps for a number; its options' prices. */
    public record ParameterPrice(
            String parameterId,
            BigDecimal pricePerSubscription,
            BigDecimal pricePerUser,
            List<RolePrice> rolePrices,
            List<Step> steps,
            List<OptionPrice> options) {

        public ParameterPrice {
            rolePrices = copy(rolePrices);
            steps = copy(steps);
            options = copy(options);
        }
    }

    /** The prices of one option of an ENUMERATION parameter. */
    public record OptionPrice(
            String optionId, BigDecimal pricePerSubscription, BigDecimal pricePerUser, List<RolePrice> rolePrices) {

        public OptionPrice {
            rolePrices = copy(rolePrices);
        }
    }

    /** The price of an event: per occurrence, or stepped over the number of occurrences. */
    public record EventPrice(String eventId, BigDecimal price, List<Step> steps) {

        public EventPrice {
            steps = copy(steps);
        }
    }

    /** A free price model: nothing to pay. */
    public static PriceModelTerms free() {
        return new PriceModelTerms(
                PriceModelType.FREE_OF_CHARGE, null, null, null, null, null, 0, null, null, null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
