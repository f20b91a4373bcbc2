package org.bss.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bss.audit.AuditPairs;
import org.bss.catalog.PriceModelChange.Kind;
import org.bss.catalog.PriceModelTerms.PriceModelType;

/**
 * What changed between two states of a price model, one {@link PriceModelChange} per audited element (App. D.3.13–39):
 * the terms, each fee and charge, each role, parameter, option and event price, each step. Saving the same terms
 * again changes nothing. A price model that becomes free is logged as such alone; one that stops being free is
 * compared with nothing, so each price it charges is logged.
 */
public final class PriceModelChanges {

    private final boolean created;
    private final PriceModelTerms before;
    private final PriceModelTerms after;
    private final List<PriceModelChange> changes = new ArrayList<>();

    private PriceModelChanges(PriceModelTerms before, PriceModelTerms after) {
        this.created = before == null;
        this.before = created ? PriceModelTerms.free() : before;
        this.after = after;
    }

    /** @param before the state before, null for a new price model */
    public static List<PriceModelChange> between(PriceModelTerms before, PriceModelTerms after) {
        return new PriceModelChanges(before, after).collect();
    }

    private List<PriceModelChange> collect() {
        boolean wasFree = before.type() == PriceModelType.FREE_OF_CHARGE;
        if (after.type() == PriceModelType.FREE_OF_CHARGE) {
            if (created || !wasFree) {
                add(Kind.FREE, new AuditPairs());
            }
            return changes;
        }
        if (wasFree || !sameTerms()) {
            add(
                    Kind.CHARGEABLE,
                    charged()
                            .add("calculationMode", after.type())
                            .onOff("trialPeriod", after.freePeriodDays() > 0)
                            .add("daysOfTrial", after.freePeriodDays()));
        }
        if (!Prices.same(before.oneTimeFee(), after.oneTimeFee())) {
            add(Kind.ONE_TIME_FEE, charged().add("oneTimeFee", Prices.orZero(after.oneTimeFee())));
        }
        if (!Prices.same(before.pricePerPeriod(), after.pricePerPeriod())) {
            add(
                    Kind.SUBSCRIPTION_PRICE,
                    charged()
                            .add("oneTimeFee", Prices.orZero(after.oneTimeFee()))
                            .add("recurringCharge", Prices.orZero(after.pricePerPeriod())));
        }
        SteppedPriceChanges.between(before.pricePerUser(), before.userSteps(), after.pricePerUser(), after.userSteps())
                .forEach(step -> add(Kind.USER_PRICE, stepped(charged(), step, "recurringCharge")));
        RolePriceChanges.between(
                before.rolePrices(),
                after.rolePrices(),
                (role, price) ->
                        add(Kind.ROLE_PRICE, charged().add("userRole", role).add("price", price)));
        ParameterPriceChanges.between(before.parameters(), after.parameters(), this::currency, this::charged)
                .forEach(c -> changes.add(c));
        EventPriceChanges.between(before.events(), after.events(), this::currency)
                .forEach(c -> changes.add(c));
        return changes;
    }

    private boolean sameTerms() {
        return Objects.equals(before.currency(), after.currency())
                && before.period() == after.period()
                && before.type() == after.type()
                && before.freePeriodDays() == after.freePeriodDays();
    }

    private AuditPairs currency() {
        return new AuditPairs().add("currency", after.currency());
    }

    private AuditPairs charged() {
        return currency().add("timeUnit", after.period());
    }

    static AuditPairs stepped(AuditPairs pairs, SteppedPriceChanges.Entry step, String priceName) {
        pairs.add("range", step.range());
        if (step.action() != null) {
            pairs.add("action", step.action());
        }
        return pairs.add(priceName, step.price());
    }

    private void add(Kind kind, AuditPairs pairs) {
        changes.add(new PriceModelChange(kind, pairs));
    }
}
