package org.bss.billing.input;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Prices per role id in the caller's order (the order of role lines in a result), immutable. Besides the
 * {@link Map} view it offers positional access, so the engine walks the prices without iterators or entries.
 */
public final class RolePrices extends AbstractMap<String, BigDecimal> {
    static final RolePrices NONE = new RolePrices(new String[0], new BigDecimal[0]);

    private final String[] roleIds;
    private final BigDecimal[] prices;

    private RolePrices(String[] roleIds, BigDecimal[] prices) {
        this.roleIds = roleIds;
        this.prices = prices;
    }

    /** The same map if it is one already, else an ordered copy. */
    public static RolePrices of(Map<String, BigDecimal> prices) {
        if (prices instanceof RolePrices r) {
            return r;
        }
        if (prices == null || prices.isEmpty()) {
            return NONE;
        }
        String[] ids = new String[prices.size()];
        BigDecimal[] values = new BigDecimal[ids.length];
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : prices.entrySet()) {
            ids[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new RolePrices(ids, values);
    }

    @Override
    public int size() {
        return roleIds.length;
    }

    public String roleId(int index) {
        return roleIds[index];
    }

    public BigDecimal price(int index) {
        return prices[index];
    }

    @Override
    public BigDecimal get(Object roleId) {
        int i = indexOf(roleId);
        return i < 0 ? null : prices[i];
    }

    @Override
    public boolean containsKey(Object roleId) {
        return indexOf(roleId) >= 0;
    }

    private int indexOf(Object roleId) {
        for (int i = 0; i < roleIds.length; i++) {
            if (Objects.equals(roleIds[i], roleId)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < roleIds.length;
                    }

                    @Override
                    public Map.Entry<String, BigDecimal> next() {
                        if (next >= roleIds.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(roleIds[i], prices[i]);
                    }
                };
            }

            @Override
            public int size() {
                return roleIds.length;
            }
        };
    }
}
