package org.bss.billing.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bss.billing.input.PricingType;
import org.bss.billing.time.PeriodUnit;

/**
 * The charges of one price model that was in force in the period; total = oneTimeFee + periodFee + users +
 * parameters + events (each already rounded). oneTimeFee and users may be null (not charged / no users).
 */
public record PriceModelCharge(
        String priceModelId,
        String serviceId,
        PricingType type,
        PeriodUnit unit,
        String currency,
        Instant usageStart,
        Instant usageEnd,
        ChargeLine oneTimeFee,
        ChargeLine periodFee,
        UserCharges users,
        List<ParameterCharge> parameters,
        BigDecimal parametersAmount,
        List<EventCharge> events,
        BigDecimal eventsAmount,
        BigDecimal total) {}
