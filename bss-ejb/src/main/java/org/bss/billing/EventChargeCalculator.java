package org.bss.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private EventChargeCalculator() {
    }

    static List<EventCharge> charge(PriceModel pm, List<GatheredEvent> events, List<Span> chargeable, Span period,
            Money money) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PricedEvent priced : pm.events()) {
            counts.put(priced.id(), 0L);
        }
        for (GatheredEvent e : events) {
            long t = e.occurredAt().toEpochMilli();
            if (period.contains(t) && covered(chargeable, t)) {
                counts.merge(e.eventId(), e.count(), Math::addExact);
            }
        }
        List<EventCharge> charges = new ArrayList<>();
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            long n = c.getValue();
            if (n == 0) {
                continue;
            }
            PricedEvent priced = pm.event(c.getKey());
            if (priced == null) {
                charges.add(new EventCharge(c.getKey(), n, money.zero(), null, money.zero()));
            } else if (priced.steps().isEmpty()) {
                charges.add(new EventCharge(c.getKey(), n, priced.price(), null,
                        money.times(priced.price(), Fraction.of(n))));
            } else {
                SteppedCharge stepped = SteppedPrices.apply(priced.steps(), Fraction.of(n), money);
                charges.add(new EventCharge(c.getKey(), n, null, stepped, stepped.amount()));
            }
        }
        return charges;
    }

    static BigDecimal total(List<EventCharge> charges, Money money) {
        BigDecimal sum = money.zero();
        for (EventCharge c : charges) {
            sum = sum.add(c.amount());
        }
        return sum;
    }

    private static boolean covered(List<Span> spans, long t) {
        for (Span s : spans) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
