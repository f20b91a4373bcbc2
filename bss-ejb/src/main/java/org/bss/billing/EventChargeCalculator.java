package org.bss.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.result.EventCharge;
import org.bss.billing.result.SteppedCharge;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.Span;

/**
 * Events are charged in the period in which they occur, by the price model in force then, and only while
 * the subscription is chargeable (active, after the free period). Unpriced events are listed at 0.
 */
final class EventChargeCalculator {
    private EventChargeCalculator() {}

    static List<EventCharge> charge(
            PriceModel pm, List<GatheredEvent> events, List<Span> chargeable, Span period, Money money) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<PricedEvent> priced = pm.events();
        // counts of the priced events at their positions, then of unpriced ones in order of first occurrence
        List<String> ids = new ArrayList<>(priced.size() + 2);
        for (int i = 0; i < priced.size(); i++) {
            ids.add(priced.get(i).id());
        }
        long[] counts = new long[ids.size() + 2];
        for (int k = 0; k < events.size(); k++) {
            GatheredEvent e = events.get(k);
            long t = e.occurredAt().toEpochMilli();
            if (period.contains(t) && covered(chargeable, t)) {
                int i = ids.indexOf(e.eventId());
                if (i < 0) {
                    ids.add(e.eventId());
                    i = ids.size() - 1;
                    if (i == counts.length) {
                        counts = Arrays.copyOf(counts, i * 2);
                    }
                }
                counts[i] = Math.addExact(counts[i], e.count());
            }
        }
        List<EventCharge> charges = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            long n = counts[i];
            if (n == 0) {
                continue;
            }
            PricedEvent p = i < priced.size() ? priced.get(i) : null;
            if (p == null) {
                charges.add(new EventCharge(ids.get(i), n, money.zero(), null, money.zero()));
            } else if (p.steps().isEmpty()) {
                charges.add(new EventCharge(p.id(), n, p.price(), null, money.times(p.price(), Fraction.of(n))));
            } else {
                SteppedCharge stepped = SteppedPrices.apply(p.steps(), Fraction.of(n), money);
                charges.add(new EventCharge(p.id(), n, null, stepped, stepped.amount()));
            }
        }
        return charges;
    }

    static BigDecimal total(List<EventCharge> charges, Money money) {
        BigDecimal sum = money.zero();
        for (int i = 0; i < charges.size(); i++) {
            sum = sum.add(charges.get(i).amount());
        }
        return sum;
    }

    private static boolean covered(List<Span> spans, long t) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
