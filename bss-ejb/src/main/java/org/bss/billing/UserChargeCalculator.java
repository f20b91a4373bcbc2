package org.bss.billing;

import java.math.BigDecimal;
import java.util.List;
import org.bss.billing.input.PriceModel;
import org.bss.billing.result.RoleCharge;
import org.bss.billing.result.SteppedCharge;
import org.bss.billing.result.UserCharges;
import org.bss.billing.time.Fraction;

/** Users and roles of one price model: per-user price × Σ user factors (or its stepped price) + roles. */
final class UserChargeCalculator {
    private UserChargeCalculator() {}

    /** Null when no user was assigned during chargeable usage. */
    static UserCharges charge(PriceModel pm, UsageFactors chargeable, Money money) {
        if (chargeable.users().isEmpty()) {
            return null;
        }
        Fraction factor = chargeable.usersSum();
        SteppedCharge stepped = pm.userSteps().isEmpty() ? null : SteppedPrices.apply(pm.userSteps(), factor, money);
        BigDecimal usersAmount = stepped != null ? stepped.amount() : money.times(pm.pricePerUser(), factor);
        List<RoleCharge> roles = UserFactors.roles(pm.rolePrices(), Fraction.ONE, chargeable, money);
        BigDecimal rolesAmount = UserFactors.total(roles, money);
        return new UserCharges(
                pm.pricePerUser(),
                factor,
                chargeable.users(),
                stepped,
                usersAmount,
                roles,
                rolesAmount,
                usersAmount.add(rolesAmount));
    }
}
