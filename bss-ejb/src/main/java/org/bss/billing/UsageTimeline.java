package org.bss.billing;

import java.time.Instant;
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
 * The subscription history as spans of ACTIVE time per price model, and the free period. Charging starts
 * when the free period (days from the first activation, i.e. provisioning completion, of the price model
 * in force then) ends; the one-time fee is due at the first chargeable instant.
 */
final class UsageTimeline {
    private final Map<String, List<Span>> activeByModel;
    private final Map<String, List<Span>> chargeableByModel = new LinkedHashMap<>();
    private final long chargeStart;
    private final String chargeStartModel;

    private UsageTimeline(Map<String, List<Span>> activeByModel, long freeEnd) {
        this.activeByModel = activeByModel;
        Span chargeable = new Span(freeEnd, Span.OPEN_END);
        long first = Long.MAX_VALUE;
        String firstModel = null;
        for (Map.Entry<String, List<Span>> e : activeByModel.entrySet()) {
            List<Span> spans = Spans.clip(e.getValue(), chargeable);
            chargeableByModel.put(e.getKey(), spans);
            if (!spans.isEmpty() && spans.get(0).start() < first) {
                first = spans.get(0).start();
                firstModel = e.getKey();
            }
        }
        this.chargeStart = first;
        this.chargeStartModel = firstModel;
    }

    /** History must be validated: ordered, terminated last, price models known. */
    static UsageTimeline of(List<SubscriptionState> history, Map<String, PriceModel> models, ZoneId zone) {
        Map<String, List<Span>> active = new LinkedHashMap<>();
        long freeEnd = Long.MIN_VALUE;
        for (int i = 0; i < history.size(); i++) {
            SubscriptionState s = history.get(i);
            if (s.status() != SubscriptionStatus.ACTIVE) {
                continue;
            }
            long start = s.from().toEpochMilli();
            long end = i + 1 < history.size() ? history.get(i + 1).from().toEpochMilli() : Span.OPEN_END;
            if (freeEnd == Long.MIN_VALUE) {
                int days = models.get(s.priceModelId()).freePeriodDays();
                freeEnd = days == 0 ? start // no free period: spare the zone lookup
                        : s.from().atZone(zone).plusDays(days).toInstant().toEpochMilli();
            }
            active.computeIfAbsent(s.priceModelId(), k -> new ArrayList<>(2)).add(new Span(start, end));
        }
        active.replaceAll((k, spans) -> Spans.merge(spans));
        return new UsageTimeline(active, freeEnd);
    }

    /** Price models that were ever active, in order of first use. */
    Iterable<String> priceModelIds() {
        return activeByModel.keySet();
    }

    List<Span> active(String priceModelId) {
        return activeByModel.getOrDefault(priceModelId, List.of());
    }

    List<Span> chargeable(String priceModelId) {
        return chargeableByModel.getOrDefault(priceModelId, List.of());
    }

    /** The one-time fee is due in the period containing the first chargeable instant, for its price model. */
    boolean oneTimeFeeDue(String priceModelId, Span period) {
        return priceModelId.equals(chargeStartModel) && period.contains(chargeStart);
    }

    Instant chargeStart() {
        return chargeStartModel == null ? null : Instant.ofEpochMilli(chargeStart);
    }
}
