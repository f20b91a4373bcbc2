package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.billing.time.PeriodUnit;

/**
 * One price version of a price model, as it was in force. {@code id} names this version in the subscription
 * history (a changed price is a new id); {@code key} names the price model it belongs to: the versions of
 * one price model share the key, and the target of every up/downgrade is a price model of its own with its
 * own key. A price model, not a version, has one free period and one one-time fee. A null key is the id (a
 * price model with one version). All prices are per {@link #unit()} except the one-time fee.
 */
public record PriceModel(
        String id,
        String key,
        String serviceId,
        PricingType type,
        PeriodUnit unit,
        String currency,
        BigDecimal oneTimeFee,
        BigDecimal pricePerPeriod,
        BigDecimal pricePerUser,
        Map<String, BigDecimal> rolePrices,
        int freePeriodDays,
        List<SteppedPrice> userSteps,
        List<PricedParameter> parameters,
        List<PricedEvent> events) {

    public PriceModel {
        key = key == null ? id : key;
        oneTimeFee = Prices.orZero(oneTimeFee);
        pricePerPeriod = Prices.orZero(pricePerPeriod);
        pricePerUser = Prices.orZero(pricePerUser);
        rolePrices = Prices.copy(rolePrices);
        unit = unit == null ? PeriodUnit.MONTH : unit;
        userSteps = userSteps == null ? List.of() : List.copyOf(userSteps);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public static Builder builder(String id, PricingType type, PeriodUnit unit, String currency) {
        return new Builder(id, type, unit, currency);
    }

    public PricedEvent event(String eventId) {
        for (PricedEvent e : events) {
            if (e.id().equals(eventId)) {
                return e;
            }
        }
        return null;
    }

    /** Fluent construction; unset prices are 0. */
    public static final class Builder {
        private final String id;
        private final PricingType type;
        private final PeriodUnit unit;
        private final String currency;
        private String key;
        private String serviceId;
        private BigDecimal oneTimeFee;
        private BigDecimal pricePerPeriod;
        private BigDecimal pricePerUser;
        private final Map<String, BigDecimal> rolePrices = new LinkedHashMap<>();
        private int freePeriodDays;
        private final List<SteppedPrice> userSteps = new ArrayList<>();
        private final List<PricedParameter> parameters = new ArrayList<>();
        private final List<PricedEvent> events = new ArrayList<>();

        private Builder(String id, PricingType type, PeriodUnit unit, String currency) {
            this.id = id;
            this.type = type;
            this.unit = unit;
            this.currency = currency;
        }

        /** The price model this version belongs to (default: the id). */
        public Builder key(String value) {
            key = value;
            return this;
        }

        public Builder serviceId(String value) {
            serviceId = value;
            return this;
        }

        public Builder oneTimeFee(String value) {
            oneTimeFee = new BigDecimal(value);
            return this;
        }

        public Builder pricePerPeriod(String value) {
            pricePerPeriod = new BigDecimal(value);
            return this;
        }

        public Builder pricePerUser(String value) {
            pricePerUser = new BigDecimal(value);
            return this;
        }

        public Builder rolePrice(String roleId, String value) {
            rolePrices.put(roleId, new BigDecimal(value));
            return this;
        }

        public Builder freePeriodDays(int days) {
            freePeriodDays = days;
            return this;
        }

        public Builder userStep(SteppedPrice step) {
            userSteps.add(step);
            return this;
        }

        public Builder parameter(PricedParameter parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder event(PricedEvent event) {
            events.add(event);
            return this;
        }

        public PriceModel build() {
            return new PriceModel(
                    id,
                    key,
                    serviceId,
                    type,
                    unit,
                    currency,
                    oneTimeFee,
                    pricePerPeriod,
                    pricePerUser,
                    rolePrices,
                    freePeriodDays,
                    userSteps,
                    parameters,
                    events);
        }
    }
}
