package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.result.ChargeLine;
import org.bss.billing.result.EventCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.result.UserCharges;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/** All lines of one price model in one period; empty when the price model has nothing in this period. */
final class PriceModelCharger {
    private final ZoneId zone;
    private final Span period;
    private final UsageTimeline usage;
    private final Assignments assignments;
    private final List<ParameterValue> parameterValues;
    private final List<GatheredEvent> events;
    private final Money money;

    PriceModelCharger(
            ZoneId zone,
            Span period,
            UsageTimeline usage,
            Assignments assignments,
            List<ParameterValue> parameterValues,
            List<GatheredEvent> events,
            Money money) {
        this.zone = zone;
        this.period = period;
        this.usage = usage;
        this.assignments = assignments;
        this.parameterValues = parameterValues;
        this.events = events;
        this.money = money;
    }

    Optional<PriceModelCharge> charge(PriceModel pm) {
        FactorCalculator calc = new FactorCalculator(pm, zone, period, assignments);
        List<Span> used = Spans.clip(usage.active(pm.id()), calc.window());
        boolean free = pm.type() == PricingType.FREE_OF_CHARGE;
        List<Span> chargeable = free ? List.of() : usage.chargeable(pm.id());
        // a fee of zero is no charge: no line, so no OneTimeFee element (as the original)
        boolean feeDue = !free && pm.oneTimeFee().signum() != 0 && usage.oneTimeFeeDue(pm.id(), period);
        List<EventCharge> eventCharges = EventChargeCalculator.charge(pm, events, chargeable, period, money);
        if (used.isEmpty() && !feeDue && eventCharges.isEmpty()) {
            return Optional.empty();
        }
        UsageFactors chargeableFactors = calc.factors(chargeable);
        Fraction factor = chargeableFactors.period();
        ChargeLine periodFee = new ChargeLine(pm.pricePerPeriod(), factor, money.times(pm.pricePerPeriod(), factor));
        ChargeLine oneTimeFee = feeDue
                ? new ChargeLine(pm.oneTimeFee(), Fraction.ONE, money.times(pm.oneTimeFee(), Fraction.ONE))
                : null;
        UserCharges users = UserChargeCalculator.charge(pm, chargeableFactors, money);
        List<ParameterCharge> parameters =
                new ParameterChargeCalculator(calc, money).charge(pm, parameterValues, chargeable);
        BigDecimal parametersAmount = money.zero();
        for (ParameterCharge p : parameters) {
            parametersAmount = parametersAmount.add(p.amount());
        }
        BigDecimal eventsAmount = EventChargeCalculator.total(eventCharges, money);
        BigDecimal total = periodFee
                .amount()
                .add(parametersAmount)
                .add(eventsAmount)
                .add(oneTimeFee == null ? BigDecimal.ZERO : oneTimeFee.amount())
                .add(users == null ? BigDecimal.ZERO : users.total());
        Span shown = used.isEmpty()
                ? period
                : new Span(used.get(0).start(), used.get(used.size() - 1).end());
        return Optional.of(new PriceModelCharge(
                pm.id(),
                pm.serviceId(),
                pm.type(),
                pm.unit(),
                pm.currency(),
                Instant.ofEpochMilli(shown.start()),
                Instant.ofEpochMilli(shown.end()),
                oneTimeFee,
                periodFee,
                users,
                parameters,
                parametersAmount,
                eventCharges,
                eventsAmount,
                total));
    }
}
