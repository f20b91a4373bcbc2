package org.bss.billing.time;

import java.time.Instant;

/** A half-open time interval [start, end) in epoch milliseconds; billing is exact to the millisecond. */
public record Span(long start, long end) {
    public static final long OPEN_END = Long.MAX_VALUE;

    public Span {
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " before start " + start);
        }
    }

    public static Span of(Instant start, Instant end) {
        return new Span(start.toEpochMilli(), end == null ? OPEN_END : end.toEpochMilli());
    }

    public boolean isEmpty() {
        return end <= start;
    }

    public boolean contains(long instant) {
        return instant >= start && instant < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span intersect(Span other) {
        long s = Math.max(start, other.start);
        long e = Math.min(end, other.end);
        if (s == start && e == end) { // inside the other: spans are immutable, no copy needed
            return this;
        }
        return new Span(s, Math.max(s, e));
    }

    public long length() {
        return end - start;
    }
}
