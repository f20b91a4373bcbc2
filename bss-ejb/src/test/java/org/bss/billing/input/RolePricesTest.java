package org.bss.billing.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Role prices keep the caller's order and behave as an immutable map. */
class RolePricesTest {

    @Test
    void keepsOrderAndActsAsAMap() {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        given.put("USER", new BigDecimal("7"));
        given.put("ADMIN", new BigDecimal("6"));
        given.put("GUEST", new BigDecimal("8"));
        RolePrices prices = RolePrices.of(given);
        assertThat(List.copyOf(prices.keySet())).containsExactly("USER", "ADMIN", "GUEST");
        assertThat(prices.roleId(1)).isEqualTo("ADMIN");
        assertThat(prices.price(1)).isEqualByComparingTo("6");
        assertThat(prices).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(prices.get("GUEST")).isEqualByComparingTo("8");
        assertThat(prices.get("OTHER")).isNull();
        assertThat(prices.containsKey("USER")).isTrue();
        assertThat(RolePrices.of(prices)).isSameAs(prices);
        given.clear(); // a copy: later changes of the caller's map do not leak in
        assertThat(prices).hasSize(3);
    }

    @Test
    void noPricesIsEmpty() {
        assertThat(RolePrices.of(null)).isEmpty();
        assertThat(RolePrices.of(Map.of())).isEmpty();
    }

    @Test
    void priceRecordsHoldRolePrices() {
        PriceModel pm = PriceModel.builder("p", PricingType.PRO_RATA, null, "EUR")
                .rolePrice("ADMIN", "6")
                .build();
        assertThat(pm.rolePrices()).isInstanceOf(RolePrices.class).containsOnlyKeys("ADMIN");
    }
}
