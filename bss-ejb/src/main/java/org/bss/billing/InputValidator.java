package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bss.billing.input.BillingInput;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.SubscriptionStatus;
import org.bss.billing.input.UserAssignment;

/**
 * Refuses input that cannot be billed exactly, naming the offending entry; the engine trusts it afterwards.
 * Messages are only built when a check fails (they are {@link Supplier}s), so valid input costs no strings.
 */
final class InputValidator {
    private InputValidator() {
    }

    /** @return the price models by id */
    static Map<String, PriceModel> validate(BillingInput in) {
        Supplier<String> sub = () -> "subscription '" + in.subscriptionId() + "': ";
        require(in.subscriptionId() != null, () -> "subscription id is missing");
        require(in.periodStart() != null && in.periodEnd() != null,
                () -> sub.get() + "billing period start or end is missing");
        require(in.periodEnd().isAfter(in.periodStart()), () -> sub.get() + "billing period end " + in.periodEnd()
                + " is not after its start " + in.periodStart());
        require(in.zone() != null, () -> sub.get() + "time zone is missing");
        require(in.decimalPlaces() >= 2 && in.decimalPlaces() <= 6,
                () -> sub.get() + "DECIMAL_PLACES " + in.decimalPlaces() + " is outside 2..6");
        Map<String, PriceModel> models = new HashMap<>();
        for (PriceModel pm : in.priceModels()) {
            PriceModelValidator.validate(sub, pm);
            require(models.put(pm.id(), pm) == null, () -> sub.get() + "price model '" + pm.id() + "' is given twice");
        }
        history(sub, in.history(), models);
        users(sub, in.userAssignments());
        parameterValues(sub, in.parameterValues());
        for (GatheredEvent e : in.events()) {
            require(e.count() >= 0, () -> sub.get() + "event '" + e.eventId() + "' at " + e.occurredAt()
                    + " has negative count " + e.count());
        }
        if (in.discount() != null) {
            BigDecimal p = in.discount().percent();
            require(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
                    () -> sub.get() + "discount percent " + p + " is outside 0..100");
            require(in.discount().to() == null || in.discount().to().isAfter(in.discount().from()),
                    () -> sub.get() + "discount ends " + in.discount().to() + " before it starts "
                            + in.discount().from());
        }
        nonNegative(sub, "customer VAT rate", in.vatRates().customerRate());
        nonNegative(sub, "country VAT rate", in.vatRates().countryRate());
        nonNegative(sub, "supplier default VAT rate", in.vatRates().supplierDefaultRate());
        return models;
    }

    private static void history(Supplier<String> sub, List<SubscriptionState> history,
            Map<String, PriceModel> models) {
        require(!history.isEmpty(), () -> sub.get() + "subscription history is empty");
        for (int i = 0; i < history.size(); i++) {
            SubscriptionState s = history.get(i);
            Instant previous = i == 0 ? null : history.get(i - 1).from();
            int number = i + 1;
            Supplier<String> entry = () -> "history entry #" + number + " (" + s.status() + " at " + s.from() + ")";
            require(previous == null || s.from().isAfter(previous), () -> sub.get() + entry.get()
                    + " is not after the previous entry at " + previous + ": history overlaps or is unordered");
            require(s.status() != SubscriptionStatus.TERMINATED || i == history.size() - 1,
                    () -> sub.get() + entry.get() + " is followed by further entries");
            if (s.status() != SubscriptionStatus.TERMINATED) {
                require(s.priceModelId() != null, () -> sub.get() + entry.get() + " names no price model");
                require(models.containsKey(s.priceModelId()),
                        () -> sub.get() + "missing price model '" + s.priceModelId() + "' used by " + entry.get());
            }
        }
    }

    private static void users(Supplier<String> sub, List<UserAssignment> assignments) {
        Map<String, List<UserAssignment>> byUser = new LinkedHashMap<>();
        for (UserAssignment a : assignments) {
            require(a.to() == null || a.to().isAfter(a.from()), () -> sub.get() + "assignment of user '"
                    + a.userId() + "' ends " + a.to() + " before it starts " + a.from());
            byUser.computeIfAbsent(a.userId(), k -> new ArrayList<>(2)).add(a);
        }
        for (List<UserAssignment> list : byUser.values()) {
            if (list.size() < 2) {
                continue;
            }
            list.sort(Comparator.comparing(UserAssignment::from));
            for (int i = 1; i < list.size(); i++) {
                UserAssignment prev = list.get(i - 1);
                UserAssignment next = list.get(i);
                require(prev.to() != null && !prev.to().isAfter(next.from()),
                        () -> sub.get() + "user '" + prev.userId() + "' has overlapping assignments starting "
                                + prev.from() + " and " + next.from());
            }
        }
    }

    private static void parameterValues(Supplier<String> sub, List<ParameterValue> values) {
        Map<String, Instant> last = new HashMap<>();
        for (ParameterValue v : values) {
            Instant prev = last.put(v.parameterId(), v.from());
            require(prev == null || v.from().isAfter(prev), () -> sub.get() + "values of parameter '"
                    + v.parameterId() + "' are unordered or overlap: " + v.from() + " is not after " + prev);
        }
    }

    static void nonNegative(Supplier<String> what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new BillingInputException(what.get() + " is negative (" + value + ")");
        }
    }

    /** As {@link #nonNegative(Supplier, BigDecimal)} for {@code where + what}, without a message supplier. */
    static void nonNegative(Supplier<String> where, String what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new BillingInputException(where.get() + what + " is negative (" + value + ")");
        }
    }

    static void require(boolean condition, Supplier<String> problem) {
        if (!condition) {
            throw new BillingInputException(problem.get());
        }
    }
}
