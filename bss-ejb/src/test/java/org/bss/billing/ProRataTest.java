package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bss.billing.Fixtures.bill;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.t;
import static org.bss.billing.Fixtures.used;

import java.time.ZoneId;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.result.RoleCharge;
import org.bss.billing.result.UserCharges;
import org.bss.billing.result.UserFactor;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static PriceModel proRata(String id, PeriodUnit unit, String price) {
        return PriceModel.builder(id, PricingType.PRO_RATA, unit, "EUR")
                .pricePerPeriod(price)
                .pricePerUser("10")
                .oneTimeFee("5")
                .build();
    }

    private static BillingInput.Builder december() {
        return Fixtures.december();
    }

    @Test
    void month_tenDaysOfDecemberAre10Of31() {
        BillingResult r =
                bill(used(december(), proRata("m", PeriodUnit.MONTH, "310"), "2012-12-10T00:00", "2012-12-20T00:00")
                        .build());

        PriceModelCharge pm = r.priceModels().get(0);
        assertThat(pm.periodFee().factor()).isEqualTo(Fraction.of(10, 31));
        assertThat(pm.periodFee().amount()).isEqualTo(d("100.00"));
        assertThat(pm.users().factor()).isEqualTo(Fraction.of(10, 31));
        assertThat(pm.oneTimeFee().amount()).isEqualTo(d("5.00"));
        assertThat(r.net()).isEqualTo(d("100.00").add(d("3.23")).add(d("5.00")));
    }

    @Test
    void month_realMonthLengths_cutOffMidMonth() {
        // period 15 Jan → 15 Feb 2013: 17/31 of January + 14/28 of February
        BillingInput in = used(
                        BillingInput.builder("s", t("2013-01-15T00:00"), t("2013-02-15T00:00"), Fixtures.ZONE),
                        proRata("m", PeriodUnit.MONTH, "100"),
                        "2012-12-01T00:00",
                        null)
                .build();

        assertThat(bill(in).priceModels().get(0).periodFee().factor())
                .isEqualTo(Fraction.of(17, 31).plus(Fraction.of(14, 28)));
    }

    @Test
    void week_acrossMonthBoundary_countsWeekUnitsInsideThePeriod() {
        // Sat 29 Dec 00:00 → Wed 2 Jan 00:00: 2 days of week Mon 24 Dec (2/7) and 2 days of week Mon 31 Dec
        // but only 31 Dec lies in the December period (1/7)
        BillingResult r =
                bill(used(december(), proRata("w", PeriodUnit.WEEK, "70"), "2012-12-29T00:00", "2013-01-02T00:00")
                        .build());

        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(3, 7));
        assertThat(r.priceModels().get(0).periodFee().amount()).isEqualTo(d("30.00"));
    }

    @Test
    void day_and_hour_units() {
        BillingResult day =
                bill(used(december(), proRata("d", PeriodUnit.DAY, "24"), "2012-12-03T06:00", "2012-12-05T18:00")
                        .build());
        BillingResult hour =
                bill(used(december(), proRata("h", PeriodUnit.HOUR, "1"), "2012-12-03T06:15", "2012-12-03T08:45")
                        .build());

        assertThat(day.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(5, 2));
        assertThat(day.priceModels().get(0).periodFee().amount()).isEqualTo(d("60.00"));
        assertThat(hour.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(5, 2));
    }

    @Test
    void dst_springForwardDayHas23Hours() {
        // 31 Mar 2013 in Berlin: 23 hours; using it from 12:00 to midnight is 12 of 23 hours
        ZoneId zone = Fixtures.ZONE;
        BillingInput in = used(
                        BillingInput.builder("s", t("2013-03-01T00:00"), t("2013-04-01T00:00"), zone),
                        proRata("d", PeriodUnit.DAY, "23"),
                        "2013-03-31T12:00",
                        "2013-04-01T00:00")
                .build();

        assertThat(bill(in).priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(12, 23));
        assertThat(bill(in).priceModels().get(0).periodFee().amount()).isEqualTo(d("12.00"));
    }

    @Test
    void dst_fallBackMonthIsOneHourLonger() {
        // October 2013 in Berlin lasts 745 hours; one full day of 24 hours = 24/745 of the month
        BillingInput in = used(
                        BillingInput.builder("s", t("2013-10-01T00:00"), t("2013-11-01T00:00"), Fixtures.ZONE),
                        proRata("m", PeriodUnit.MONTH, "745"),
                        "2013-10-10T00:00",
                        "2013-10-11T00:00")
                .build();

        assertThat(bill(in).priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(24, 745));
        assertThat(bill(in).net()).isEqualTo(d("24.00").add(d("5.00")).add(d("0.32")));
    }

    @Test
    void upgradeMidPeriod_givesTwoPriceModelsInOneResult() {
        PriceModel basic = proRata("basic", PeriodUnit.MONTH, "31");
        PriceModel pro = proRata("pro", PeriodUnit.MONTH, "62");
        BillingInput in = december()
                .priceModel(basic)
                .priceModel(pro)
                .state(SubscriptionState.active(t("2012-11-01T00:00"), "basic"))
                .state(SubscriptionState.active(t("2012-12-11T00:00"), "pro"))
                .user(new UserAssignment("u1", null, t("2012-11-01T00:00"), null))
                .build();

        BillingResult r = bill(in);

        assertThat(r.priceModels()).extracting(PriceModelCharge::priceModelId).containsExactly("basic", "pro");
        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(10, 31));
        assertThat(r.priceModels().get(0).periodFee().amount()).isEqualTo(d("10.00"));
        assertThat(r.priceModels().get(1).periodFee().factor()).isEqualTo(Fraction.of(21, 31));
        assertThat(r.priceModels().get(1).periodFee().amount()).isEqualTo(d("42.00"));
        assertThat(r.priceModels().get(0).oneTimeFee())
                .as("basic's fee was due in November, when it started")
                .isNull();
        assertThat(r.priceModels().get(1).oneTimeFee().amount())
                .as("the upgrade target is a price model of its own: its fee is due when it starts")
                .isEqualTo(d("5.00"));
        assertThat(r.net())
                .isEqualTo(r.priceModels()
                        .get(0)
                        .total()
                        .add(r.priceModels().get(1).total()));
    }

    @Test
    void usersAndRoleChanges_inAnyOrder_countTheTimeEachUserAndRoleWasAssigned() {
        PriceModel pm = PriceModel.builder("m", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .pricePerUser("31")
                .rolePrice("ADMIN", "3.1")
                .rolePrice("USER", "31")
                .rolePrice("GUEST", "62")
                .build();
        BillingInput in = december()
                .priceModel(pm)
                .state(SubscriptionState.active(t("2012-11-01T00:00"), "m"))
                .user(new UserAssignment("u2", "GUEST", t("2012-12-21T00:00"), null)) // a role change, given first
                .user(new UserAssignment("u1", "ADMIN", t("2012-11-01T00:00"), null)) // throughout the period
                .user(new UserAssignment("u2", "USER", t("2012-12-11T00:00"), t("2012-12-21T00:00")))
                .build();

        UserCharges users = bill(in).priceModels().get(0).users();

        assertThat(users.users())
                .extracting(UserFactor::userId, UserFactor::factor)
                .containsExactly(tuple("u1", Fraction.ONE), tuple("u2", Fraction.of(21, 31)));
        assertThat(users.usersAmount()).isEqualTo(d("52.00"));
        assertThat(users.roles())
                .extracting(RoleCharge::roleId, RoleCharge::factor, RoleCharge::amount)
                .containsExactly(
                        tuple("ADMIN", Fraction.ONE, d("3.10")),
                        tuple("USER", Fraction.of(10, 31), d("10.00")),
                        tuple("GUEST", Fraction.of(11, 31), d("22.00")));
    }

    @Test
    void suspendedTimeIsNotCharged() {
        PriceModel pm = proRata("m", PeriodUnit.MONTH, "31");
        BillingInput in = december()
                .priceModel(pm)
                .state(SubscriptionState.active(t("2012-11-01T00:00"), "m"))
                .state(SubscriptionState.suspended(t("2012-12-05T00:00"), "m"))
                .state(SubscriptionState.active(t("2012-12-15T00:00"), "m"))
                .build();

        assertThat(bill(in).priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(21, 31));
    }

    @Test
    void freePeriodEndingMidPeriod_chargesFromItsEndAndOneTimeFeeThen() {
        PriceModel pm = PriceModel.builder("m", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .pricePerPeriod("31")
                .oneTimeFee("9")
                .freePeriodDays(20)
                .build();
        BillingInput nov = used(
                        BillingInput.builder("s", t("2012-11-01T00:00"), t("2012-12-01T00:00"), Fixtures.ZONE),
                        pm,
                        "2012-11-21T00:00",
                        null)
                .build();
        BillingInput dec = used(december(), pm, "2012-11-21T00:00", null).build();

        BillingResult november = bill(nov);
        assertThat(november.net()).as("entirely inside the free period").isEqualTo(d("0.00"));
        assertThat(november.priceModels().get(0).oneTimeFee()).isNull();
        BillingResult r = bill(dec);
        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.of(21, 31));
        assertThat(r.priceModels().get(0).oneTimeFee().amount()).isEqualTo(d("9.00"));
        assertThat(r.net()).isEqualTo(d("30.00"));
    }

    @Test
    void decimalPlaces4_roundsEachComponentToFourDigits() {
        BillingResult r = bill(used(
                        december().decimalPlaces(4),
                        proRata("m", PeriodUnit.MONTH, "100"),
                        "2012-12-10T00:00",
                        "2012-12-20T00:00")
                .build());

        assertThat(r.priceModels().get(0).periodFee().amount()).isEqualTo(d("32.2581"));
        assertThat(r.priceModels().get(0).users().usersAmount()).isEqualTo(d("3.2258"));
        assertThat(r.net()).isEqualTo(d("40.4839"));
    }

    @Test
    void freeOfCharge_listsUsageAtZero() {
        PriceModel free = PriceModel.builder("f", PricingType.FREE_OF_CHARGE, PeriodUnit.MONTH, "EUR")
                .build();
        BillingResult r = bill(used(december(), free, "2012-12-10T00:00", null).build());

        assertThat(r.net()).isEqualTo(d("0.00"));
        assertThat(r.priceModels().get(0).periodFee().factor()).isEqualTo(Fraction.ZERO);
    }
}
