package org.bss.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.catalog.PriceModelTerms.Step;

/**
 * How a price that may be stepped changed, as App. D.3 logs it: a flat price as range {@code 1-ANY} without an
 * action; stepped prices one entry per step range ({@code 11-20}, {@code 21-ANY}) with INSERT, UPDATE or DELETE.
 */
final class SteppedPriceChanges {

    /** A flat or stepped price that changed: its range, the action (null for a flat price) and the new price. */
    record Entry(String range, String action, BigDecimal price) {}

    static final String WHOLE_RANGE = "1-ANY";

    private SteppedPriceChanges() {}

    static List<Entry> between(BigDecimal flatBefore, List<Step> before, BigDecimal flatAfter, List<Step> after) {
        Map<String, BigDecimal> old = ranges(before);
        Map<String, BigDecimal> now = ranges(after);
        List<Entry> entries = new java.util.ArrayList<>();
        if (!Prices.same(flatBefore, flatAfter)) {
            entries.add(new Entry(WHOLE_RANGE, null, Prices.orZero(flatAfter)));
        }
        now.forEach((range, price) -> {
            if (!old.containsKey(range)) {
                entries.add(new Entry(range, "INSERT", price));
            } else if (!Prices.same(old.get(range), price)) {
                entries.add(new Entry(range, "UPDATE", price));
            }
        });
        old.forEach((range, price) -> {
            if (!now.containsKey(range)) {
                entries.add(new Entry(range, "DELETE", price));
            }
        });
        return entries;
    }

    /** The steps by range, lowest first: a step starts one above the previous step's limit. */
    private static Map<String, BigDecimal> ranges(List<Step> steps) {
        Map<String, BigDecimal> ranges = new LinkedHashMap<>();
        long from = 1;
        for (Step step : steps) {
            String to = step.limit() == null ? "ANY" : String.valueOf(step.limit());
            ranges.put(from + "-" + to, Prices.orZero(step.price()));
            from = step.limit() == null ? from : step.limit() + 1;
        }
        return ranges;
    }
}
