package org.bss.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * BSS's one clock (DESIGN.md "Time"): a base clock (the system clock in production) plus an offset that only
 * the test mode moves. Views in other zones ({@link #withZone}) share the offset.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetMillis;

    public MovableClock(Clock base) {
        this(base, new AtomicLong());
    }

    private MovableClock(Clock base, AtomicLong offsetMillis) {
        this.base = base;
        this.offsetMillis = offsetMillis;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(base.getZone()) ? this : new MovableClock(base.withZone(zone), offsetMillis);
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis.get());
    }

    @Override
    public long millis() {
        return base.millis() + offsetMillis.get();
    }

    public Duration offset() {
        return Duration.ofMillis(offsetMillis.get());
    }

    public void setOffset(Duration offset) {
        offsetMillis.set(offset.toMillis());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovableClock other && other.base.equals(base) && other.offsetMillis == offsetMillis;
    }

    @Override
    public int hashCode() {
        return base.hashCode() ^ System.identityHashCode(offsetMillis);
    }

    @Override
    public String toString() {
        return "MovableClock[" + base + ", offset " + offset() + "]";
    }
}
