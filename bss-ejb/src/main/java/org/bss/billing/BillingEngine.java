package org.bss.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.DiscountCharge;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.result.VatCharge;
import org.bss.billing.time.Span;

/**
 * Bills one subscription for one period from its histories. Pure and thread-safe: no container, no
 * database, no clock; the same input always gives the same result.
 */
public final class BillingEngine {

    /**
     * @return the result, or empty when the subscription has nothing to bill in the period
     * @throws BillingInputException naming what is wrong when the input cannot be billed exactly
     */
    public Optional<BillingResult> calculate(BillingInput in) {
        Map<String, PriceModel> models = InputValidator.validate(in);
        Span period = Span.of(in.periodStart(), in.periodEnd());
        Money money = new Money(in.decimalPlaces());
        UsageTimeline usage = UsageTimeline.of(in.history(), models, in.zone());
        PriceModelCharger charger = new PriceModelCharger(
                in.zone(),
                period,
                usage,
                new Assignments(in.subscriptionId(), in.userAssignments()),
                in.parameterValues(),
                in.events(),
                money);

        List<PriceModelCharge> charges = new ArrayList<>(2);
        BigDecimal net = money.zero();
        for (String id : usage.priceModelIds()) {
            Optional<PriceModelCharge> charge = charger.charge(models.get(id));
            if (charge.isPresent()) {
                charges.add(charge.get());
                net = net.add(charge.get().total());
            }
        }
        if (charges.isEmpty()) {
            return Optional.empty();
        }
        String currency = charges.get(0).currency();
        for (PriceModelCharge c : charges) {
            if (!c.currency().equals(currency)) {
                throw new BillingInputException("subscription '" + in.subscriptionId() + "': price models '"
                        + charges.get(0).priceModelId() + "' (" + currency + ") and '" + c.priceModelId() + "' ("
                        + c.currency() + ") in one period have different currencies");
            }
        }
        DiscountCharge discount = null;
        BigDecimal netAfter = net;
        if (in.discount() != null && in.discount().overlaps(in.periodStart(), in.periodEnd())) {
            BigDecimal amount = money.percentOf(net, in.discount().percent());
            netAfter = net.subtract(amount);
            discount = new DiscountCharge(in.discount().percent(), net, amount, netAfter);
        }
        VatCharge vat = null;
        BigDecimal gross = netAfter;
        Optional<BigDecimal> rate = in.vatRates().applicable();
        if (rate.isPresent()) {
            vat = new VatCharge(rate.get(), money.percentOf(netAfter, rate.get()));
            gross = netAfter.add(vat.amount());
        }
        return Optional.of(new BillingResult(
                in.subscriptionId(),
                in.purchaseOrderNumber(),
                in.periodStart(),
                in.periodEnd(),
                in.zone(),
                in.decimalPlaces(),
                currency,
                List.copyOf(charges),
                net,
                discount,
                vat,
                gross));
    }
}
