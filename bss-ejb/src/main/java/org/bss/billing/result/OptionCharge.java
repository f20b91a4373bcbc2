package org.bss.billing.result;

import java.math.BigDecimal;
import java.util.List;

/** Charges of the chosen option of an ENUMERATION parameter, at the option's own prices. */
public record OptionCharge(
        String optionId,
        ChargeLine periodFee,
        ChargeLine userFee,
        List<RoleCharge> roles,
        BigDecimal userTotal,
        BigDecimal amount) {}
