package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.billing.Fixtures.bill;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.t;
import static org.bss.billing.Fixtures.used;

import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

class PerUnitTest {

    private static PriceModel perUnit(PeriodUnit unit) {
        return PriceModel.builder("pu", PricingType.PER_UNIT, unit, "EUR")
                .pricePerPeriod("10")
                .pricePerUser("1")
                .rolePrice("ADMIN", "2")
                .rolePrice("USER", "3")
                .build();
    }

    @Test
    void suspendAndResumeInsideOneUnit_isChargedOnce() {
        BillingInput in = Fixtures.december()
                .priceModel(perUnit(PeriodUnit.WEEK))
                .state(SubscriptionState.active(t("2012-12-03T00:00"), "pu"))
                .state(SubscriptionState.suspended(t("2012-12-04T00:00"), "pu"))
                .state(SubscriptionState.active(t("2012-12-06T00:00"), "pu"))
                .state(SubscriptionState.terminated(t("2012-12-07T00:00")))
                .build();

        assertThat(bill(in).priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.ONE);
    }

    @Test
    void weekUnits_areBilledInThePeriodInWhichTheyEnd() {
        // used Thu 27 Dec → Thu 3 Jan: week of 24 Dec ends 31 Dec (December); week of 31 Dec ends 7 Jan (January)
        PriceModel pm = perUnit(PeriodUnit.WEEK);
        BillingResult dec = bill(used(Fixtures.december(), pm, "2012-12-27T00:00", "2013-01-03T00:00")
                .build());
        BillingResult jan = bill(used(
                        BillingInput.builder("s", t("2013-01-01T00:00"), t("2013-02-01T00:00"), Fixtures.ZONE),
                        pm,
                        "2012-12-27T00:00",
                        "2013-01-03T00:00")
                .build());

        assertThat(dec.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.ONE);
        assertThat(jan.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.ONE);
        assertThat(jan.priceModels().get(0).usageStart()).isEqualTo(t("2012-12-31T00:00"));
    }

    @Test
    void monthUnit_withCutOffDay15_isBilledInThePeriodContainingItsEnd() {
        // the December unit ends 1 Jan, inside period 15 Dec → 15 Jan, though usage was 2 → 10 Dec
        BillingResult r = bill(used(
                        BillingInput.builder("s", t("2012-12-15T00:00"), t("2013-01-15T00:00"), Fixtures.ZONE),
                        perUnit(PeriodUnit.MONTH),
                        "2012-12-02T00:00",
                        "2012-12-10T00:00")
                .build());

        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.ONE);
        assertThat(r.priceModels().get(0).periodFee().amount()).isEqualTo(d("10.00"));
    }

    @Test
    void everyTouchedDayCounts_andRolesCountPerUnitTheyWereHeld() {
        PriceModel pm = perUnit(PeriodUnit.DAY);
        BillingInput in = Fixtures.december()
                .priceModel(pm)
                .state(SubscriptionState.active(t("2012-12-10T12:00"), "pu"))
                .state(SubscriptionState.terminated(t("2012-12-12T01:00")))
                .user(new UserAssignment("u1", "ADMIN", t("2012-12-10T12:00"), t("2012-12-11T06:00")))
                .user(new UserAssignment("u1", "USER", t("2012-12-11T06:00"), null))
                .user(new UserAssignment("u2", "USER", t("2012-12-11T23:00"), t("2012-12-12T00:30")))
                .build();

        BillingResult r = bill(in);

        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(3));
        assertThat(r.priceModels().get(0).users().users())
                .extracting(u -> u.factor())
                .containsExactly(Fraction.of(3), Fraction.of(2));
        assertThat(r.priceModels().get(0).users().roles())
                .extracting(role -> role.factor())
                .containsExactly(Fraction.of(2), Fraction.of(4));
        assertThat(r.net()).isEqualTo(d("30.00").add(d("5.00")).add(d("4.00")).add(d("12.00")));
    }

    @Test
    void freePeriod_unitsTouchedOnlyInsideItAreFree() {
        PriceModel pm = PriceModel.builder("pu", PricingType.PER_UNIT, PeriodUnit.WEEK, "EUR")
                .pricePerPeriod("10")
                .freePeriodDays(14)
                .build();
        // active Mon 3 Dec; free until Mon 17 Dec; weeks of 17, 24 Dec are charged in December
        BillingResult r =
                bill(used(Fixtures.december(), pm, "2012-12-03T00:00", null).build());

        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(2));
    }
}
