package org.bss.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bss.audit.AuditPairs;
import org.bss.catalog.PriceModelChange.Kind;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;

/**
 * Parameter and option prices compared by parameter and option id (D.3.22–30): the price per subscription (stepped
 * for numbers), per user and per role of each parameter and each of its options. {@code optionName} is empty for a
 * parameter's own prices.
 */
final class ParameterPriceChanges {

    /** What a parameter or an option charges. */
    private record Priced(BigDecimal perSubscription, List<Step> steps, BigDecimal perUser, List<RolePrice> roles) {

        static final Priced NONE = new Priced(null, List.of(), null, List.of());

        static Priced of(ParameterPrice p) {
            return p == null ? NONE : new Priced(p.pricePerSubscription(), p.steps(), p.pricePerUser(), p.rolePrices());
        }

        static Priced of(OptionPrice o) {
            return o == null ? NONE : new Priced(o.pricePerSubscription(), List.of(), o.pricePerUser(), o.rolePrices());
        }
    }

    private final Supplier<AuditPairs> currency;
    private final Supplier<AuditPairs> charged;
    private final List<PriceModelChange> changes = new ArrayList<>();

    private ParameterPriceChanges(Supplier<AuditPairs> currency, Supplier<AuditPairs> charged) {
        this.currency = currency;
        this.charged = charged;
    }

    /**
     * @param currency the pairs every entry starts with: currency
     * @param charged currency and timeUnit, which the role prices start with
     */
    static List<PriceModelChange> between(
            List<ParameterPrice> before,
            List<ParameterPrice> after,
            Supplier<AuditPairs> currency,
            Supplier<AuditPairs> charged) {
        ParameterPriceChanges c = new ParameterPriceChanges(currency, charged);
        Map<String, ParameterPrice> old = PricedIds.byId(before, ParameterPrice::parameterId);
        Map<String, ParameterPrice> now = PricedIds.byId(after, ParameterPrice::parameterId);
        PricedIds.union(old, now).forEach(id -> c.parameter(id, old.get(id), now.get(id)));
        return c.changes;
    }

    private void parameter(String id, ParameterPrice before, ParameterPrice after) {
        compare(id, "", Priced.of(before), Priced.of(after));
        Map<String, OptionPrice> old =
                PricedIds.byId(before == null ? List.of() : before.options(), OptionPrice::optionId);
        Map<String, OptionPrice> now =
                PricedIds.byId(after == null ? List.of() : after.options(), OptionPrice::optionId);
        PricedIds.union(old, now)
                .forEach(option -> compare(id, option, Priced.of(old.get(option)), Priced.of(now.get(option))));
    }

    private void compare(String parameter, String option, Priced before, Priced after) {
        SteppedPriceChanges.between(before.perSubscription(), before.steps(), after.perSubscription(), after.steps())
                .forEach(step -> {
                    AuditPairs pairs =
                            currency.get().add("parameterName", parameter).add("range", step.range());
                    if (step.action() != null) {
                        pairs.add("action", step.action());
                    }
                    add(
                            Kind.PARAMETER_SUBSCRIPTION_PRICE,
                            pairs.add("optionName", option).add("price", step.price()));
                });
        if (!Prices.same(before.perUser(), after.perUser())) {
            add(
                    Kind.PARAMETER_USER_PRICE,
                    currency.get()
                            .add("parameterName", parameter)
                            .add("optionName", option)
                            .add("price", Prices.orZero(after.perUser())));
        }
        RolePriceChanges.between(
                before.roles(),
                after.roles(),
                (role, price) -> add(
                        Kind.PARAMETER_ROLE_PRICE,
                        charged.get()
                                .add("userRole", role)
                                .add("parameterName", parameter)
                                .add("optionName", option)
                                .add("price", price)));
    }

    private void add(Kind kind, AuditPairs pairs) {
        changes.add(new PriceModelChange(kind, pairs));
    }
}
