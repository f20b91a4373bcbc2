package org.bss.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bss.billing.input.RolePrices;
import org.bss.billing.result.RoleCharge;
import org.bss.billing.time.Fraction;

/** Role charges over some usage, shared by price models, parameters and options. */
final class UserFactors {
    private UserFactors() {}

    /** Role price × valueFactor × Σ over users of the time they held the role; roles never held left out. */
    static List<RoleCharge> roles(
            Map<String, BigDecimal> rolePrices, Fraction valueFactor, UsageFactors factors, Money money) {
        if (rolePrices.isEmpty()) {
            return List.of();
        }
        RolePrices prices = RolePrices.of(rolePrices);
        List<RoleCharge> charges = new ArrayList<>(prices.size());
        for (int i = 0; i < prices.size(); i++) {
            Fraction factor = factors.role(prices.roleId(i));
            if (!factor.isZero()) {
                BigDecimal price = prices.price(i);
                charges.add(
                        new RoleCharge(prices.roleId(i), price, factor, money.times(price, factor.times(valueFactor))));
            }
        }
        return charges;
    }

    static BigDecimal total(List<RoleCharge> roles, Money money) {
        BigDecimal sum = money.zero();
        for (int i = 0; i < roles.size(); i++) {
            sum = sum.add(roles.get(i).amount());
        }
        return sum;
    }
}
