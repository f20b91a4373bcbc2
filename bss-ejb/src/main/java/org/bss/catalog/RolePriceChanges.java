package org.bss.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bss.catalog.PriceModelTerms.RolePrice;

/** Role prices compared by role id: each role whose price differs, with its new price (zero once removed). */
final class RolePriceChanges {

    private RolePriceChanges() {}

    static void between(List<RolePrice> before, List<RolePrice> after, BiConsumer<String, BigDecimal> each) {
        Map<String, RolePrice> old = PricedIds.byId(before, RolePrice::roleId);
        Map<String, RolePrice> now = PricedIds.byId(after, RolePrice::roleId);
        for (String role : PricedIds.union(old, now)) {
            BigDecimal was = old.containsKey(role) ? old.get(role).price() : null;
            BigDecimal is = now.containsKey(role) ? now.get(role).price() : null;
            if (!Prices.same(was, is)) {
                each.accept(role, Prices.orZero(is));
            }
        }
    }
}
