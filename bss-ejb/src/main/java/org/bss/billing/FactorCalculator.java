package org.bss.billing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;
import org.bss.billing.time.UnitGrid;
import org.bss.billing.time.UnitGridCache;

/**
 * Turns usage spans into the time factor of one price model for one billing period.
 * PRO_RATA counts the usage inside the period, unit by unit. PER_UNIT counts each unit touched by usage as 1
 * and bills a unit in the period in which it ends, so its window is the units ending in (start, end].
 * The unit boundaries around the period are computed once ({@link UnitGrid}, shared through
 * {@link UnitGridCache} by all calculations of the same period, zone and unit) and used by all factors
 * (price model, users, roles, parameter values); the factors of one usage are computed once
 * ({@link #factors(List)}).
 */
final class FactorCalculator {
    private final PricingType type;
    private final UnitGrid grid;
    private final Span window;
    private final Assignments assignments;
    /** The factors of the usages seen: a few per price model, found by comparing the usage. */
    private final List<UsageFactors> seen = new ArrayList<>(4);

    FactorCalculator(PriceModel priceModel, ZoneId zone, Span period, Assignments assignments) {
        this.type = priceModel.type();
        this.grid = UnitGridCache.covering(priceModel.unit(), zone, period.start(), period.end());
        this.window = type == PricingType.PER_UNIT
                ? new Span(
                        grid.startOf(period.start()),
                        Math.max(grid.startOf(period.start()), grid.startOf(period.end())))
                : period;
        this.assignments = assignments;
    }

    /** The usage that counts for this period. */
    Span window() {
        return window;
    }

    Fraction factor(List<Span> usage) {
        List<Span> inWindow = Spans.clip(usage, window);
        return switch (type) {
            case FREE_OF_CHARGE -> Fraction.ZERO;
            case PRO_RATA -> grid.proRata(inWindow);
            case PER_UNIT -> Fraction.of(grid.touchedUnits(inWindow));
        };
    }

    /** The period, user and role factors of {@code usage}, computed once per distinct usage. */
    UsageFactors factors(List<Span> usage) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).isOf(usage)) {
                return seen.get(i);
            }
        }
        UsageFactors f = new UsageFactors(this, assignments, usage);
        seen.add(f);
        return f;
    }
}
