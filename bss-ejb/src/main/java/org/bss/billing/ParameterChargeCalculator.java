package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** {@code values}: per parameter id, its values ordered by time (validated). */
    List<ParameterCharge> charge(PriceModel pm, Map<String, List<ParameterValue>> values, List<Span> chargeable) {
        List<ParameterCharge> charges = new ArrayList<>();
        for (PricedParameter p : pm.parameters()) {
            List<ParameterValue> timeline = values.getOrDefault(p.id(), List.of());
            for (int i = 0; i < timeline.size(); i++) {
                long from = timeline.get(i).from().toEpochMilli();
                long to = i + 1 < timeline.size() ? timeline.get(i + 1).from().toEpochMilli() : Span.OPEN_END;
                List<Span> usage = Spans.clip(chargeable, new Span(from, to));
                List<Span> inWindow = Spans.clip(usage, calc.window());
                if (!inWindow.isEmpty()) {
                    charges.add(charge(p, timeline.get(i).value(), usage, inWindow));
                }
            }
        }
        return charges;
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
            OptionCharge option = new OptionCharge(value, fee, userFee, roles, userTotal,
                    fee.amount().add(userTotal));
            return new ParameterCharge(p.id(), p.type(), value, start, end, Fraction.ONE, null, null, null,
                    List.of(), userTotal, option, option.amount());
        }
        Fraction valueFactor = ParameterMultiplier.of(p, value);
        SteppedCharge stepped = null;
        ChargeLine fee;
        if (p.steps().isEmpty()) {
            fee = line(p.pricePerSubscription(), valueFactor, periodFactor);
        } else {
            // the stepped cost of the value replaces value × price per time unit
            stepped = SteppedPrices.apply(p.steps(), valueFactor, money);
            fee = new ChargeLine(p.pricePerSubscription(), periodFactor,
                    money.round(SteppedPrices.exactCost(p.steps(), valueFactor).times(periodFactor)));
        }
        ChargeLine userFee = line(p.pricePerUser(), valueFactor, userFactor);
        List<RoleCharge> roles = UserFactors.roles(p.rolePrices(), valueFactor, factors, money);
        BigDecimal userTotal = userFee.amount().add(UserFactors.total(roles, money));
        return new ParameterCharge(p.id(), p.type(), value, start, end, valueFactor, fee, stepped, userFee, roles,
                userTotal, null, fee.amount().add(userTotal));
    }

    private ChargeLine line(BigDecimal base, Fraction valueFactor, Fraction factor) {
        return new ChargeLine(base, factor, money.times(base, factor.times(valueFactor)));
    }
}
