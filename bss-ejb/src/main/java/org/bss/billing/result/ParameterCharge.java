package org.bss.billing.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bss.billing.input.ParameterType;
import org.bss.billing.time.Fraction;

/**
 * Charges of one parameter while it had one value. Per subscription: basePrice × valueFactor × period factor
 * (or the {@code stepped} cost of the value × period factor); per user: pricePerUser × valueFactor × Σ user
 * factors, plus role prices × valueFactor × role factors. For ENUMERATION the chosen {@code option} is
 * charged instead (and periodFee/userFee are null).
 */
public record ParameterCharge(
        String parameterId,
        ParameterType type,
        String value,
        Instant usageStart,
        Instant usageEnd,
        Fraction valueFactor,
        ChargeLine periodFee,
        SteppedCharge stepped,
        ChargeLine userFee,
        List<RoleCharge> roles,
        BigDecimal userTotal,
        OptionCharge option,
        BigDecimal amount) {}
