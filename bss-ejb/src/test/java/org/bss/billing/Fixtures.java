package org.bss.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.PeriodUnit;

/** Shared test data: the original product's EXAMPLE price model and time helpers. */
final class Fixtures {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final BillingEngine ENGINE = new BillingEngine();

    private Fixtures() {}

    static Instant t(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** PER_UNIT, MONTH, EUR, one-time fee 123, period 678, user 345, roles ADMIN 6 / USER 7 / GUEST 8. */
    static PriceModel.Builder example() {
        return PriceModel.builder("EXAMPLE", PricingType.PER_UNIT, PeriodUnit.MONTH, "EUR")
                .serviceId("svc")
                .oneTimeFee("123.00")
                .pricePerPeriod("678.00")
                .pricePerUser("345.00")
                .rolePrice("ADMIN", "6.00")
                .rolePrice("USER", "7.00")
                .rolePrice("GUEST", "8.00");
    }

    static BillingInput.Builder december() {
        return BillingInput.builder("sub-1", t("2012-12-01T00:00"), t("2013-01-01T00:00"), ZONE);
    }

    /** A subscription used over [from, to) under one price model, with one user in role ADMIN throughout. */
    static BillingInput.Builder used(BillingInput.Builder b, PriceModel pm, String from, String to) {
        b.priceModel(pm)
                .state(SubscriptionState.active(t(from), pm.id()))
                .user(new UserAssignment("u1", "ADMIN", t(from), to == null ? null : t(to)));
        if (to != null) {
            b.state(SubscriptionState.terminated(t(to)));
        }
        return b;
    }

    static BillingResult bill(BillingInput in) {
        return ENGINE.calculate(in).orElseThrow(() -> new AssertionError("expected a billing result"));
    }
}
