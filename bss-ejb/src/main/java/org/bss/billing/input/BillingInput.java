package org.bss.billing.input;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to bill one subscription for one period [periodStart, periodEnd) in {@code zone}:
 * histories in, nothing looked up. Lists are taken as given; the engine validates them.
 */
public record BillingInput(
        String subscriptionId,
        String purchaseOrderNumber,
        Instant periodStart,
        Instant periodEnd,
        ZoneId zone,
        int decimalPlaces,
        List<SubscriptionState> history,
        List<PriceModel> priceModels,
        List<UserAssignment> userAssignments,
        List<ParameterValue> parameterValues,
        List<GatheredEvent> events,
        Discount discount,
        VatRates vatRates) {

    public static final int DEFAULT_DECIMAL_PLACES = 2;

    public BillingInput {
        history = history == null ? List.of() : List.copyOf(history);
        priceModels = priceModels == null ? List.of() : List.copyOf(priceModels);
        userAssignments = userAssignments == null ? List.of() : List.copyOf(userAssignments);
        parameterValues = parameterValues == null ? List.of() : List.copyOf(parameterValues);
        events = events == null ? List.of() : List.copyOf(events);
        vatRates = vatRates == null ? VatRates.none() : vatRates;
    }

    public static Builder builder(String subscriptionId, Instant periodStart, Instant periodEnd, ZoneId zone) {
        return new Builder(subscriptionId, periodStart, periodEnd, zone);
    }

    /** Fluent construction for callers assembling histories step by step. */
    public static final class Builder {
        private final String subscriptionId;
        private final Instant periodStart;
        private final Instant periodEnd;
        private final ZoneId zone;
        private String purchaseOrderNumber;
        private int decimalPlaces = DEFAULT_DECIMAL_PLACES;
        private final List<SubscriptionState> history = new ArrayList<>();
        private final List<PriceModel> priceModels = new ArrayList<>();
        private final List<UserAssignment> users = new ArrayList<>();
        private final List<ParameterValue> parameters = new ArrayList<>();
        private final List<GatheredEvent> events = new ArrayList<>();
        private Discount discount;
        private VatRates vatRates;

        private Builder(String subscriptionId, Instant periodStart, Instant periodEnd, ZoneId zone) {
            this.subscriptionId = subscriptionId;
            this.periodStart = periodStart;
            this.periodEnd = periodEnd;
            this.zone = zone;
        }

        public Builder purchaseOrderNumber(String value) {
            purchaseOrderNumber = value;
            return this;
        }

        public Builder decimalPlaces(int value) {
            decimalPlaces = value;
            return this;
        }

        public Builder state(SubscriptionState state) {
            history.add(state);
            return this;
        }

        public Builder priceModel(PriceModel priceModel) {
            priceModels.add(priceModel);
            return this;
        }

        public Builder user(UserAssignment assignment) {
            users.add(assignment);
            return this;
        }

        public Builder parameterValue(ParameterValue value) {
            parameters.add(value);
            return this;
        }

        public Builder event(GatheredEvent event) {
            events.add(event);
            return this;
        }

        public Builder discount(Discount value) {
            discount = value;
            return this;
        }

        public Builder vatRates(VatRates value) {
            vatRates = value;
            return this;
        }

        public BillingInput build() {
            return new BillingInput(
                    subscriptionId,
                    purchaseOrderNumber,
                    periodStart,
                    periodEnd,
                    zone,
                    decimalPlaces,
                    history,
                    priceModels,
                    users,
                    parameters,
                    events,
                    discount,
                    vatRates);
        }
    }
}
