package org.bss.billing.result;

import java.math.BigDecimal;
import java.util.List;
import org.bss.billing.time.Fraction;

/**
 * Users and roles: usersAmount = basePrice × Σ user factors (or {@code stepped} of that sum, which is then
 * non-null); rolesAmount = Σ role amounts; total = usersAmount + rolesAmount.
 */
public record UserCharges(
        BigDecimal basePrice,
        Fraction factor,
        List<UserFactor> users,
        SteppedCharge stepped,
        BigDecimal usersAmount,
        List<RoleCharge> roles,
        BigDecimal rolesAmount,
        BigDecimal total) {}
