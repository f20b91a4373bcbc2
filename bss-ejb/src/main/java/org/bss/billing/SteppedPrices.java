package org.bss.billing;

import java.util.List;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.result.SteppedCharge;
import org.bss.billing.time.Fraction;

/**
 * Stepped prices, applied literally as the original product does: for the first step whose limit ≥ n,
 * cost = (n − freeEntityCount) × price + additionalPrice (the additional price carries the lower steps).
 */
final class SteppedPrices {
    private SteppedPrices() {}

    static int stepFor(List<SteppedPrice> steps, Fraction n) {
        for (int i = 0; i < steps.size(); i++) {
            Long limit = steps.get(i).limit();
            if (limit == null || n.compareTo(Fraction.of(limit)) <= 0) {
                return i;
            }
        }
        // unreachable for validated input: the last step has no limit
        throw new BillingInputException("no stepped price covers " + n);
    }

    /** The unrounded cost of n entities. */
    static Fraction exactCost(List<SteppedPrice> steps, Fraction n) {
        SteppedPrice step = steps.get(stepFor(steps, n));
        return entities(step, n).times(Fraction.of(step.price())).plus(Fraction.of(step.additionalPrice()));
    }

    static SteppedCharge apply(List<SteppedPrice> steps, Fraction n, Money money) {
        int index = stepFor(steps, n);
        SteppedPrice step = steps.get(index);
        Fraction count = entities(step, n);
        Fraction stepCost = count.times(Fraction.of(step.price()));
        return new SteppedCharge(
                steps,
                index,
                n,
                count,
                money.round(stepCost),
                money.round(stepCost.plus(Fraction.of(step.additionalPrice()))));
    }

    private static Fraction entities(SteppedPrice step, Fraction n) {
        return n.minus(Fraction.of(step.freeEntityCount()));
    }
}
