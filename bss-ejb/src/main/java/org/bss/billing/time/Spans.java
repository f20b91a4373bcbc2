package org.bss.billing.time;

import java.util.ArrayList;
import java.util.List;

/** Operations on sorted lists of disjoint spans (the shape every usage timeline has). */
public final class Spans {
    private Spans() {}

    /**
     * Sorted, disjoint, non-empty spans; touching spans are merged. Input must be sorted by start; it is
     * returned itself when there is nothing to merge.
     */
    public static List<Span> merge(List<Span> sortedByStart) {
        if (isMerged(sortedByStart)) {
            return sortedByStart;
        }
        List<Span> out = new ArrayList<>(sortedByStart.size());
        for (Span s : sortedByStart) {
            if (s.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).end() >= s.start()) {
                Span prev = out.get(last);
                out.set(last, new Span(prev.start(), Math.max(prev.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isMerged(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).isEmpty()
                    || (i > 0 && spans.get(i - 1).end() >= spans.get(i).start())) {
                return false;
            }
        }
        return true;
    }

    /** Intersection of two sorted disjoint span lists. */
    public static List<Span> intersect(List<Span> a, List<Span> b) {
        // at most one piece per step of the merge below: no regrowth
        List<Span> out = new ArrayList<>(Math.max(0, a.size() + b.size() - 1));
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Span x = a.get(i);
            Span y = b.get(j);
            Span both = x.intersect(y);
            if (!both.isEmpty()) {
                out.add(both);
            }
            if (x.end() < y.end()) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** The parts of sorted disjoint spans inside {@code window}; the same list when all of it is inside. */
    public static List<Span> clip(List<Span> spans, Span window) {
        if (spans.isEmpty()) {
            return spans;
        }
        Span first = spans.get(0);
        Span last = spans.get(spans.size() - 1);
        if (first.start() >= window.start() && last.end() <= window.end() && noneEmpty(spans)) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.end() <= window.start()) {
                continue;
            }
            if (s.start() >= window.end()) {
                break;
            }
            Span both = s.intersect(window);
            if (!both.isEmpty()) {
                out.add(both);
            }
        }
        return out;
    }

    private static boolean noneEmpty(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public static boolean anyOverlap(List<Span> spans, Span window) {
        for (Span s : spans) {
            if (s.overlaps(window)) {
                return true;
            }
        }
        return false;
    }
}
