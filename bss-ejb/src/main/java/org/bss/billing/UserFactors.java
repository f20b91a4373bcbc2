package org.bss.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bss.billing.result.RoleCharge;
import org.bss.billing.time.Fraction;

/** Role charges over some usage, shared by price models, parameters and options. */
final class UserFactors {
    private UserFactors() {
    }

    /** Role price × valueFactor × Σ over users of the time they held the role; roles never held left out. */
    static List<RoleCharge> roles(Map<String, BigDecimal> rolePrices, Fraction valueFactor, UsageFactors factors,
            Money money) {
        if (rolePrices.isEmpty()) {
            return List.of();
        }
        List<RoleCharge> charges = new ArrayList<>(rolePrices.size());
        for (Map.Entry<String, BigDecimal> price : rolePrices.entrySet()) {
            Fraction factor = factors.role(price.getKey());
            if (!factor.isZero()) {
                charges.add(new RoleCharge(price.getKey(), price.getValue(), factor,
                        money.times(price.getValue(), factor.times(valueFactor))));
            }
        }
        return charges;
    }

    static BigDecimal total(List<RoleCharge> roles, Money money) {
        BigDecimal sum = money.zero();
        for (RoleCharge r : roles) {
            sum = sum.add(r.amount());
        }
        return sum;
    }
}
