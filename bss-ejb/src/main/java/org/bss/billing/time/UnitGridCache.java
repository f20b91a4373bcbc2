package org.bss.billing.time;

import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unit grids by (unit, zone, window), shared by calculations: the boundaries are a pure function of these,
 * and a billing run bills many subscriptions for the same period in the same zone. Grids are immutable, so
 * sharing them is thread-safe. Bounded: when full it is simply emptied (a run uses a handful of entries).
 */
public final class UnitGridCache {
    private static final int MAX_ENTRIES = 256;
    private static final ConcurrentHashMap<Key, UnitGrid> GRIDS = new ConcurrentHashMap<>();

    private record Key(PeriodUnit unit, ZoneId zone, long from, long to) {}

    private UnitGridCache() {}

    /** The grid of {@link UnitGrid#covering(UnitCalendar, long, long)}, computed once per distinct key. */
    public static UnitGrid covering(PeriodUnit unit, ZoneId zone, long from, long to) {
        Key key = new Key(unit, zone, from, to);
        UnitGrid grid = GRIDS.get(key);
        if (grid == null) {
            grid = UnitGrid.covering(new UnitCalendar(unit, zone), from, to);
            if (GRIDS.size() >= MAX_ENTRIES) {
                GRIDS.clear();
            }
            GRIDS.putIfAbsent(key, grid);
        }
        return grid;
    }
}
