package org.bss.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prices of two states of a price model matched by the id of what they price (role, parameter, option, event). */
final class PricedIds {

    private PricedIds() {}

    static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(id.apply(t), t));
        return map;
    }

    /** The ids priced now, in their order, then those priced only before. */
    static List<String> union(Map<String, ?> before, Map<String, ?> now) {
        List<String> ids = new ArrayList<>(now.keySet());
        before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(ids::add);
        return ids;
    }
}
