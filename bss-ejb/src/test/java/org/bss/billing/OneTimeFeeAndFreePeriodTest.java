package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.billing.Fixtures.bill;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.t;

import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

/**
 * Free period and one-time fee belong to each price model a subscription is charged under (its first one and
 * every up/downgrade target), not to the subscription; a price change of the same price model is none of them.
 */
class OneTimeFeeAndFreePeriodTest {

    /** PRO_RATA per month: in December (31 days) one day costs price ÷ 31. */
    private static PriceModel.Builder model(String id, String service, String price, String fee, int freeDays) {
        return PriceModel.builder(id, PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .serviceId(service)
                .pricePerPeriod(price)
                .oneTimeFee(fee)
                .freePeriodDays(freeDays);
    }

    private static BillingInput.Builder period(String from, String to) {
        return BillingInput.builder("sub-1", t(from), t(to), Fixtures.ZONE);
    }

    private static BillingInput.Builder november() {
        return period("2012-11-01T00:00", "2012-12-01T00:00");
    }

    private static BillingInput.Builder december() {
        return Fixtures.december();
    }

    private static BillingInput.Builder january() {
        return period("2013-01-01T00:00", "2013-02-01T00:00");
    }

    private static PriceModelCharge charge(BillingResult r, String priceModelId) {
        return r.priceModels().stream()
                .filter(c -> c.priceModelId().equals(priceModelId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no charge for " + priceModelId + " in " + r));
    }

    @Test
    void upgrade_theTargetHasItsOwnFreePeriodAndFee() {
        PriceModel basic = model("basic", "svc-basic", "31", "5", 0).build();
        PriceModel pro = model("pro", "svc-pro", "62", "7", 10).build();
        // basic from 1 Nov; upgraded on 11 Dec to pro, free until 21 Dec
        BillingInput.Builder[] periods = {november(), december(), january()};
        for (BillingInput.Builder b : periods) {
            b.priceModel(basic)
                    .priceModel(pro)
                    .state(SubscriptionState.active(t("2012-11-01T00:00"), "basic"))
                    .state(SubscriptionState.active(t("2012-12-11T00:00"), "pro"));
        }

        BillingResult nov = bill(periods[0].build());
        assertThat(charge(nov, "basic").oneTimeFee().amount()).isEqualTo(d("5.00"));

        BillingResult dec = bill(periods[1].build());
        assertThat(charge(dec, "basic").oneTimeFee())
                .as("basic's fee was charged in November")
                .isNull();
        assertThat(charge(dec, "basic").periodFee().factor()).isEqualTo(Fraction.of(10, 31));
        assertThat(charge(dec, "pro").oneTimeFee().amount())
                .as("pro's own fee, when its free period ends")
                .isEqualTo(d("7.00"));
        assertThat(charge(dec, "pro").periodFee().factor())
                .as("21 Dec to 1 Jan")
                .isEqualTo(Fraction.of(11, 31));
        assertThat(dec.net()).isEqualTo(d("10.00").add(d("22.00")).add(d("7.00")));

        BillingResult jan = bill(periods[2].build());
        assertThat(jan.priceModels()).extracting(PriceModelCharge::priceModelId).containsExactly("pro");
        assertThat(charge(jan, "pro").oneTimeFee()).isNull();
        assertThat(jan.net()).isEqualTo(d("62.00"));
    }

    @Test
    void downgrade_freePeriodEndingInTheNextPeriod_chargesTheFeeThen() {
        PriceModel pro = model("pro", "svc-pro", "62", "7", 0).build();
        PriceModel small = model("small", "svc-small", "31", "3", 20).build();
        // pro from 1 Nov; downgraded on 22 Dec to small, free until 11 Jan
        BillingInput.Builder[] periods = {december(), january()};
        for (BillingInput.Builder b : periods) {
            b.priceModel(pro)
                    .priceModel(small)
                    .state(SubscriptionState.active(t("2012-11-01T00:00"), "pro"))
                    .state(SubscriptionState.active(t("2012-12-22T00:00"), "small"));
        }

        BillingResult dec = bill(periods[0].build());
        assertThat(charge(dec, "pro").oneTimeFee()).isNull();
        assertThat(charge(dec, "pro").periodFee().factor()).isEqualTo(Fraction.of(21, 31));
        assertThat(charge(dec, "small").oneTimeFee())
                .as("inside small's free period")
                .isNull();
        assertThat(charge(dec, "small").periodFee().factor()).isEqualTo(Fraction.ZERO);
        assertThat(dec.net()).isEqualTo(d("42.00"));

        BillingResult jan = bill(periods[1].build());
        assertThat(charge(jan, "small").oneTimeFee().amount()).isEqualTo(d("3.00"));
        assertThat(charge(jan, "small").periodFee().factor())
                .as("11 Jan to 1 Feb")
                .isEqualTo(Fraction.of(21, 31));
        assertThat(jan.net()).isEqualTo(d("21.00").add(d("3.00")));
    }

    @Test
    void priceChangeInsideTheFreePeriod_isTheSamePriceModel_freePeriodGoesOn_oneFeeByTheVersionThen() {
        PriceModel v1 = model("m-v1", "svc", "31", "9", 20).key("m").build();
        PriceModel v2 = model("m-v2", "svc", "62", "12", 20).key("m").build();
        // active from 21 Nov (free until 11 Dec); new prices from 5 Dec
        BillingResult dec = bill(december()
                .priceModel(v1)
                .priceModel(v2)
                .state(SubscriptionState.active(t("2012-11-21T00:00"), "m-v1"))
                .state(SubscriptionState.active(t("2012-12-05T00:00"), "m-v2"))
                .build());

        assertThat(charge(dec, "m-v1").periodFee().factor()).isEqualTo(Fraction.ZERO);
        assertThat(charge(dec, "m-v1").oneTimeFee()).isNull();
        assertThat(charge(dec, "m-v2").periodFee().factor())
                .as("from 11 Dec, not restarted on 5 Dec")
                .isEqualTo(Fraction.of(21, 31));
        assertThat(charge(dec, "m-v2").oneTimeFee().amount())
                .as("the fee of the prices in force on 11 Dec")
                .isEqualTo(d("12.00"));
        assertThat(dec.net()).isEqualTo(d("42.00").add(d("12.00")));
    }

    @Test
    void priceChangeAfterTheFee_chargesNoFee() {
        PriceModel v1 = model("m-v1", "svc", "31", "9", 0).key("m").build();
        PriceModel v2 = model("m-v2", "svc", "62", "9", 0).key("m").build();
        BillingResult dec = bill(december()
                .priceModel(v1)
                .priceModel(v2)
                .state(SubscriptionState.active(t("2012-11-01T00:00"), "m-v1"))
                .state(SubscriptionState.active(t("2012-12-11T00:00"), "m-v2"))
                .build());

        assertThat(dec.priceModels()).extracting(PriceModelCharge::oneTimeFee).containsOnlyNulls();
        assertThat(charge(dec, "m-v2").periodFee().factor()).isEqualTo(Fraction.of(21, 31));
        assertThat(dec.net()).isEqualTo(d("10.00").add(d("42.00")));
    }

    @Test
    void upgradeInsideTheFreePeriodOfTheFirstModel_onlyTheTargetChargesItsFee() {
        PriceModel basic = model("basic", "svc-basic", "31", "5", 30).build();
        PriceModel pro = model("pro", "svc-pro", "62", "7", 5).build();
        // basic from 1 Dec (free until 31 Dec); upgraded on 10 Dec to pro (free until 15 Dec)
        BillingInput.Builder[] periods = {december(), january()};
        for (BillingInput.Builder b : periods) {
            b.priceModel(basic)
                    .priceModel(pro)
                    .state(SubscriptionState.active(t("2012-12-01T00:00"), "basic"))
                    .state(SubscriptionState.active(t("2012-12-10T00:00"), "pro"));
        }

        BillingResult dec = bill(periods[0].build());
        assertThat(charge(dec, "basic").oneTimeFee())
                .as("basic ended inside its free period")
                .isNull();
        assertThat(charge(dec, "basic").periodFee().factor()).isEqualTo(Fraction.ZERO);
        assertThat(charge(dec, "pro").oneTimeFee().amount()).isEqualTo(d("7.00"));
        assertThat(charge(dec, "pro").periodFee().factor())
                .as("15 Dec to 1 Jan")
                .isEqualTo(Fraction.of(17, 31));
        assertThat(dec.net()).isEqualTo(d("34.00").add(d("7.00")));

        BillingResult jan = bill(periods[1].build());
        assertThat(jan.priceModels()).extracting(PriceModelCharge::priceModelId).containsExactly("pro");
        assertThat(jan.priceModels()).extracting(PriceModelCharge::oneTimeFee).containsOnlyNulls();
        assertThat(jan.net()).isEqualTo(d("62.00"));
    }

    @Test
    void suspendedWhenTheFreePeriodEnds_chargesTheFeeInThePeriodOfTheNextActivation() {
        PriceModel m = model("m", "svc", "31", "9", 10).build();
        // free until 11 Dec, but suspended from 5 Dec to 3 Jan
        BillingInput.Builder[] periods = {december(), january()};
        for (BillingInput.Builder b : periods) {
            b.priceModel(m)
                    .state(SubscriptionState.active(t("2012-12-01T00:00"), "m"))
                    .state(SubscriptionState.suspended(t("2012-12-05T00:00"), "m"))
                    .state(SubscriptionState.active(t("2013-01-03T00:00"), "m"));
        }

        BillingResult dec = bill(periods[0].build());
        assertThat(charge(dec, "m").oneTimeFee()).isNull();
        assertThat(dec.net()).isEqualTo(d("0.00"));

        BillingResult jan = bill(periods[1].build());
        assertThat(charge(jan, "m").oneTimeFee().amount()).isEqualTo(d("9.00"));
        assertThat(charge(jan, "m").periodFee().factor()).as("3 Jan to 1 Feb").isEqualTo(Fraction.of(29, 31));
        assertThat(jan.net()).isEqualTo(d("29.00").add(d("9.00")));
    }

    @Test
    void terminatedInsideTheFreePeriod_chargesNoFee() {
        PriceModel m = model("m", "svc", "31", "9", 30).build();
        BillingInput.Builder[] periods = {december(), january()};
        for (BillingInput.Builder b : periods) {
            b.priceModel(m)
                    .state(SubscriptionState.active(t("2012-12-10T00:00"), "m"))
                    .state(SubscriptionState.terminated(t("2012-12-20T00:00")));
        }

        assertThat(charge(bill(periods[0].build()), "m").oneTimeFee()).isNull();
        assertThat(Fixtures.ENGINE.calculate(periods[1].build())).isEmpty();
    }

    @Test
    void zeroFee_chargesNoFeeLine() {
        PriceModel m = model("m", "svc", "31", "0.00", 0).build();
        BillingResult dec = bill(december()
                .priceModel(m)
                .state(SubscriptionState.active(t("2012-12-11T00:00"), "m"))
                .build());

        assertThat(charge(dec, "m").oneTimeFee()).isNull();
        assertThat(dec.net()).isEqualTo(d("21.00"));
    }
}
