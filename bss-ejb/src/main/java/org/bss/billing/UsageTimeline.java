package org.bss.billing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.SubscriptionStatus;
import org.bss.billing.time.Span;
import org.bss.billing.time.Spans;

/**
 * The subscription history as spans of ACTIVE time per price version, and per price model (the versions
 * sharing a key) its free period and one-time fee. A price model starts for the subscription at the first
 * history entry under it (the first activation, or the up/downgrade to it); its free period lasts the
 * {@code freePeriodDays} of the version in force then, in calendar days of the zone, and a price change (a
 * new version) neither restarts it nor charges a fee. Its time is chargeable from the free period's end; its
 * one-time fee is due at its first chargeable instant (the free period's end if active then, else its next
 * activation), with the version in force then.
 */
final class UsageTimeline {
    private final Map<String, List<Span>> activeById = new LinkedHashMap<>();
    private final Map<String, List<Span>> chargeableById = new LinkedHashMap<>();
    /** The price models in order of start, chained (a subscription has a few: searched linearly, no list). */
    private Terms first;

    private Terms last;

    /** One price model of the subscription: its time from the free period's end, which version owes the fee when. */
    private static final class Terms {
        final String key;
        final Span chargeable;
        String feeId;
        long feeAt = Long.MAX_VALUE;
        Terms next;

        Terms(String key, long freeEnd) {
            this.key = key;
            this.chargeable = new Span(freeEnd, Span.OPEN_END);
        }
    }

    private UsageTimeline() {}

    /** History must be validated: ordered, terminated last, price models known. */
    static UsageTimeline of(List<SubscriptionState> history, Map<String, PriceModel> models, ZoneId zone) {
        UsageTimeline t = new UsageTimeline();
        for (int i = 0; i < history.size(); i++) {
            SubscriptionState s = history.get(i);
            if (s.status() == SubscriptionStatus.TERMINATED) {
                continue;
            }
            PriceModel pm = models.get(s.priceModelId());
            if (t.terms(pm.key()) == null) {
                int days = pm.freePeriodDays();
                long start = s.from().toEpochMilli();
                t.add(new Terms(
                        pm.key(),
                        days == 0
                                ? start // no free period: spare the zone lookup
                                : s.from()
                                        .atZone(zone)
                                        .plusDays(days)
                                        .toInstant()
                                        .toEpochMilli()));
            }
            if (s.status() == SubscriptionStatus.ACTIVE) {
                long end = i + 1 < history.size() ? history.get(i + 1).from().toEpochMilli() : Span.OPEN_END;
                t.activeById
                        .computeIfAbsent(s.priceModelId(), k -> new ArrayList<>(2))
                        .add(new Span(s.from().toEpochMilli(), end));
            }
        }
        for (Map.Entry<String, List<Span>> e : t.activeById.entrySet()) {
            List<Span> active = Spans.merge(e.getValue());
            e.setValue(active);
            Terms terms = t.terms(models.get(e.getKey()).key());
            List<Span> chargeable = Spans.clip(active, terms.chargeable);
            t.chargeableById.put(e.getKey(), chargeable);
            if (!chargeable.isEmpty() && chargeable.get(0).start() < terms.feeAt) {
                terms.feeAt = chargeable.get(0).start();
                terms.feeId = e.getKey();
            }
        }
        return t;
    }

    private void add(Terms terms) {
        if (last == null) {
            first = terms;
        } else {
            last.next = terms;
        }
        last = terms;
    }

    private Terms terms(String key) {
        for (Terms t = first; t != null; t = t.next) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** Price versions that were ever active, in order of first use. */
    Iterable<String> priceModelIds() {
        return activeById.keySet();
    }

    List<Span> active(String priceModelId) {
        return activeById.getOrDefault(priceModelId, List.of());
    }

    List<Span> chargeable(String priceModelId) {
        return chargeableById.getOrDefault(priceModelId, List.of());
    }

    /** Whether the one-time fee of this version's price model is due in {@code period}, charged by this version. */
    boolean oneTimeFeeDue(String priceModelId, Span period) {
        for (Terms t = first; t != null; t = t.next) {
            if (priceModelId.equals(t.feeId)) {
                return period.contains(t.feeAt);
            }
        }
        return false;
    }
}
