package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.SubscriptionStatus;

/**
 * Refuses input that cannot be billed exactly, naming the offending entry; the engine trusts it afterwards
 * (user assignments are checked where they are grouped: {@link Assignments}). Messages are only built when
 * a check fails, so valid input costs no strings and no message objects.
 */
final class InputValidator {
    /** Up to this many values, the previous value of a parameter is found by looking back, without a map. */
    private static final int LINEAR_LOOKBACK = 16;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InputValidator() {}

    /** @return the price models by id */
    static Map<String, PriceModel> validate(BillingInput in) {
        if (in.subscriptionId() == null) {
            throw new BillingInputException("subscription id is missing");
        }
        String sub = in.subscriptionId();
        if (in.periodStart() == null || in.periodEnd() == null) {
            throw refused(sub, "billing period start or end is missing");
        }
        if (!in.periodEnd().isAfter(in.periodStart())) {
            throw refused(sub, "billing period end " + in.periodEnd() + " is not after its start " + in.periodStart());
        }
        if (in.zone() == null) {
            throw refused(sub, "time zone is missing");
        }
        if (in.decimalPlaces() < 2 || in.decimalPlaces() > 6) {
            throw refused(sub, "DECIMAL_PLACES " + in.decimalPlaces() + " is outside 2..6");
        }
        Map<String, PriceModel> models = new HashMap<>(4);
        for (PriceModel pm : in.priceModels()) {
            PriceModelValidator.validate(sub, pm);
            if (models.put(pm.id(), pm) != null) {
                throw refused(sub, "price model '" + pm.id() + "' is given twice");
            }
        }
        if (models.size() > 1) {
            versionsOfOneService(sub, in.priceModels());
        }
        history(sub, in.history(), models);
        parameterValues(sub, in.parameterValues());
        for (int i = 0; i < in.events().size(); i++) {
            GatheredEvent e = in.events().get(i);
            if (e.count() < 0) {
                throw refused(
                        sub, "event '" + e.eventId() + "' at " + e.occurredAt() + " has negative count " + e.count());
            }
        }
        if (in.discount() != null) {
            BigDecimal p = in.discount().percent();
            if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                throw refused(sub, "discount percent " + p + " is outside 0..100");
            }
            if (in.discount().to() != null
                    && !in.discount().to().isAfter(in.discount().from())) {
                throw refused(
                        sub,
                        "discount ends " + in.discount().to() + " before it starts "
                                + in.discount().from());
            }
        }
        nonNegative(sub, "customer VAT rate", in.vatRates().customerRate());
        nonNegative(sub, "country VAT rate", in.vatRates().countryRate());
        nonNegative(sub, "supplier default VAT rate", in.vatRates().supplierDefaultRate());
        return models;
    }

    private static void history(String sub, List<SubscriptionState> history, Map<String, PriceModel> models) {
        if (history.isEmpty()) {
            throw refused(sub, "subscription history is empty");
        }
        for (int i = 0; i < history.size(); i++) {
            SubscriptionState s = history.get(i);
            Instant previous = i == 0 ? null : history.get(i - 1).from();
            if (previous != null && !s.from().isAfter(previous)) {
                throw refused(
                        sub,
                        entry(i, s) + " is not after the previous entry at " + previous
                                + ": history overlaps or is unordered");
            }
            if (s.status() == SubscriptionStatus.TERMINATED) {
                if (i != history.size() - 1) {
                    throw refused(sub, entry(i, s) + " is followed by further entries");
                }
            } else if (s.priceModelId() == null) {
                throw refused(sub, entry(i, s) + " names no price model");
            } else if (!models.containsKey(s.priceModelId())) {
                throw refused(sub, "missing price model '" + s.priceModelId() + "' used by " + entry(i, s));
            }
        }
    }

    /** The versions of one price model (one key) belong to one service: an up/downgrade has a key of its own. */
    private static void versionsOfOneService(String sub, List<PriceModel> models) {
        for (int i = 1; i < models.size(); i++) {
            PriceModel a = models.get(i);
            for (int j = 0; j < i; j++) {
                PriceModel b = models.get(j);
                if (a.key().equals(b.key()) && !Objects.equals(a.serviceId(), b.serviceId())) {
                    throw refused(
                            sub,
                            "price models '" + b.id() + "' and '" + a.id() + "' are versions of price model '"
                                    + a.key() + "' but belong to different services ('" + b.serviceId() + "', '"
                                    + a.serviceId() + "')");
                }
            }
        }
    }

    private static String entry(int index, SubscriptionState s) {
        return "history entry #" + (index + 1) + " (" + s.status() + " at " + s.from() + ")";
    }

    /** Each parameter's values must be ordered by time, without two at the same instant. */
    private static void parameterValues(String sub, List<ParameterValue> values) {
        Map<String, Instant> last = values.size() > LINEAR_LOOKBACK ? new HashMap<>() : null;
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            Instant prev = last != null ? last.put(v.parameterId(), v.from()) : previousFrom(values, i);
            if (prev != null && !v.from().isAfter(prev)) {
                throw refused(
                        sub,
                        "values of parameter '" + v.parameterId() + "' are unordered or overlap: " + v.from()
                                + " is not after " + prev);
            }
        }
    }

    private static Instant previousFrom(List<ParameterValue> values, int index) {
        String id = values.get(index).parameterId();
        for (int j = index - 1; j >= 0; j--) {
            if (values.get(j).parameterId().equals(id)) {
                return values.get(j).from();
            }
        }
        return null;
    }

    static void nonNegative(String sub, String what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw refused(sub, what + " is negative (" + value + ")");
        }
    }

    static BillingInputException refused(String subscriptionId, String problem) {
        return new BillingInputException("subscription '" + subscriptionId + "': " + problem);
    }
}
