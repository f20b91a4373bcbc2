package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.result.ChargeLine;
import org.bss.billing.result.OptionCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.result.RoleCharge;
import org.bss.billing.result.SteppedCharge;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/**
 * Priced parameters of one price model: one charge per parameter and value it had during chargeable usage,
 * each line being price × valueFactor × (period factor | Σ user factors | role factor).
 */
final class ParameterChargeCalculator {
    private static final PricedOption NO_PRICE = new PricedOption(null, null, null, null);

    private final FactorCalculator calc;
    private final Money money;

    ParameterChargeCalculator(FactorCalculator calc, Money money) {
        this.calc = calc;
        this.money = money;
    }

    /**
     * {@code values}: the values of all parameters, each parameter's values ordered by time (validated); a value
     * holds until the parameter's next value.
     */
    List<ParameterCharge> charge(PriceModel pm, List<ParameterValue> values, List<Span> chargeable) {
        if (pm.parameters().isEmpty() || values.isEmpty()) {
            return List.of();
        }
        List<ParameterCharge> charges = new ArrayList<>(values.size());
        for (PricedParameter p : pm.parameters()) {
            ParameterValue current = null;
            for (int i = 0; i < values.size(); i++) {
                ParameterValue next = values.get(i);
                if (next.parameterId().equals(p.id())) {
                    if (current != null) {
                        charge(p, current, next.from().toEpochMilli(), chargeable, charges);
                    }
                    current = next;
                }
            }
            if (current != null) {
                charge(p, current, Span.OPEN_END, chargeable, charges);
            }
        }
        return charges;
    }

    /** The charge of one value of {@code p} held until {@code to}, if it was held in chargeable usage. */
    private void charge(
            PricedParameter p, ParameterValue value, long to, List<Span> chargeable, List<ParameterCharge> charges) {
        List<Span> usage = Spans.clip(chargeable, new Span(value.from().toEpochMilli(), to));
        List<Span> inWindow = Spans.clip(usage, calc.window());
        if (!inWindow.isEmpty()) {
            charges.add(charge(p, value.value(), usage, inWindow));
        }
    }

    private ParameterCharge charge(PricedParameter p, String value, List<Span> usage, List<Span> inWindow) {
        Instant start = Instant.ofEpochMilli(inWindow.get(0).start());
        Instant end = Instant.ofEpochMilli(inWindow.get(inWindow.size() - 1).end());
        UsageFactors factors = calc.factors(usage);
        Fraction periodFactor = factors.period();
        Fraction userFactor = factors.usersSum();
        if (p.type() == ParameterType.ENUMERATION) {
            PricedOption o = p.option(value) == null ? NO_PRICE : p.option(value);
            ChargeLine fee = line(o.pricePerSubscription(), Fraction.ONE, periodFactor);
            ChargeLine userFee = line(o.pricePerUser(), Fraction.ONE, userFactor);
            List<RoleCharge> roles = UserFactors.roles(o.rolePrices(), Fraction.ONE, factors, money);
            BigDecimal userTotal = userFee.amount().add(UserFactors.total(roles, money));
            OptionCharge option = new OptionCharge(
                    value, fee, userFee, roles, userTotal, fee.amount().add(userTotal));
            return new ParameterCharge(
                    p.id(),
                    p.type(),
                    value,
                    start,
                    end,
                    Fraction.ONE,
                    null,
                    null,
                    null,
                    List.of(),
                    userTotal,
                    option,
                    option.amount());
        }
        Fraction valueFactor = ParameterMultiplier.of(p, value);
        SteppedCharge stepped = null;
        ChargeLine fee;
        if (p.steps().isEmpty()) {
            fee = line(p.pricePerSubscription(), valueFactor, periodFactor);
        } else {
            // the stepped cost of the value replaces value × price per time unit
            stepped = SteppedPrices.apply(p.steps(), valueFactor, money);
            fee = new ChargeLine(
                    p.pricePerSubscription(),
                    periodFactor,
                    money.round(SteppedPrices.exactCost(p.steps(), valueFactor).times(periodFactor)));
        }
        ChargeLine userFee = line(p.pricePerUser(), valueFactor, userFactor);
        List<RoleCharge> roles = UserFactors.roles(p.rolePrices(), valueFactor, factors, money);
        BigDecimal userTotal = userFee.amount().add(UserFactors.total(roles, money));
        return new ParameterCharge(
                p.id(),
                p.type(),
                value,
                start,
                end,
                valueFactor,
                fee,
                stepped,
                userFee,
                roles,
                userTotal,
                null,
                fee.amount().add(userTotal));
    }

    private ChargeLine line(BigDecimal base, Fraction valueFactor, Fraction factor) {
        return new ChargeLine(base, factor, money.times(base, factor.times(valueFactor)));
    }
}
