package org.bss.billing.input;

import java.time.Instant;
import java.util.Objects;

/** {@code count} occurrences of an event reported at {@code occurredAt}. */
public record GatheredEvent(String eventId, Instant occurredAt, long count) {
    public GatheredEvent {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(occurredAt, "event time");
    }
}
