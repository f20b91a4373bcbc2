package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.List;

/** Price of one event type: price per occurrence, or stepped prices over the number of occurrences. */
public record PricedEvent(String id, BigDecimal price, List<SteppedPrice> steps) {
    public PricedEvent {
        price = Prices.orZero(price);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
