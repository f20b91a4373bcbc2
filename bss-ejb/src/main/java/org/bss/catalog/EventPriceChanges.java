package org.bss.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bss.audit.AuditPairs;
import org.bss.catalog.PriceModelChange.Kind;
import org.bss.catalog.PriceModelTerms.EventPrice;

/** Event prices compared by event id (D.3.13–15): the flat price as range 1-ANY, or each step that changed. */
final class EventPriceChanges {

    private EventPriceChanges() {}

    static List<PriceModelChange> between(
            List<EventPrice> before, List<EventPrice> after, Supplier<AuditPairs> currency) {
        Map<String, EventPrice> old = PricedIds.byId(before, EventPrice::eventId);
        Map<String, EventPrice> now = PricedIds.byId(after, EventPrice::eventId);
        List<PriceModelChange> changes = new ArrayList<>();
        for (String id : PricedIds.union(old, now)) {
            EventPrice b = old.getOrDefault(id, new EventPrice(id, null, null));
            EventPrice a = now.getOrDefault(id, new EventPrice(id, null, null));
            SteppedPriceChanges.between(b.price(), b.steps(), a.price(), a.steps())
                    .forEach(step -> changes.add(new PriceModelChange(
                            Kind.EVENT_PRICE,
                            PriceModelChanges.stepped(currency.get().add("eventName", id), step, "price"))));
        }
        return changes;
    }
}
