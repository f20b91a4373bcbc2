package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.billing.Fixtures.bill;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.december;
import static org.bss.billing.Fixtures.example;
import static org.bss.billing.Fixtures.used;

import java.math.BigDecimal;
import java.util.List;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.Discount;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.input.VatRates;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.PriceModelCharge;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

/** Figures from the original product's own tests (issue 5). */
class GoldenCasesTest {

    @Test
    void golden1_usedAcrossDecember_chargesOneUnitWithoutOneTimeFee() {
        BillingResult r = bill(used(december(), example().build(), "2012-11-15T12:00", "2013-01-16T12:00")
                .build());

        PriceModelCharge pm = r.priceModels().get(0);
        assertThat(pm.oneTimeFee()).isNull();
        assertThat(pm.periodFee().basePrice()).isEqualByComparingTo("678.00");
        assertThat(pm.periodFee().factor()).isEqualTo(Fraction.ONE);
        assertThat(pm.periodFee().amount()).isEqualByComparingTo("678.00");
        assertThat(pm.users().factor()).isEqualTo(Fraction.ONE);
        assertThat(pm.users().usersAmount()).isEqualByComparingTo("345.00");
        assertThat(pm.users().roles()).singleElement().satisfies(role -> {
            assertThat(role.roleId()).isEqualTo("ADMIN");
            assertThat(role.factor()).isEqualTo(Fraction.ONE);
            assertThat(role.amount()).isEqualByComparingTo("6.00");
        });
        assertThat(r.currency()).isEqualTo("EUR");
        assertThat(r.net()).isEqualTo(d("1029.00"));
        assertThat(r.gross()).isEqualTo(d("1029.00"));
        assertThat(r.vat()).isNull();
    }

    @Test
    void golden2_usedWithinDecember_chargesOneTimeFeeAndOneUnit() {
        BillingResult r = bill(used(december(), example().build(), "2012-12-06T00:00", "2012-12-27T00:00")
                .build());

        PriceModelCharge pm = r.priceModels().get(0);
        assertThat(pm.oneTimeFee().amount()).isEqualByComparingTo("123.00");
        assertThat(pm.periodFee().amount()).isEqualByComparingTo("678.00");
        assertThat(pm.users().usersAmount()).isEqualByComparingTo("345.00");
        assertThat(pm.users().rolesAmount()).isEqualByComparingTo("6.00");
        assertThat(r.net()).isEqualTo(d("1152.00"));
        assertThat(r.gross()).isEqualTo(d("1152.00"));
    }

    @Test
    void golden3_usedOnlyInNovember_hasNoDecemberResult() {
        BillingInput in = used(december(), example().build(), "2012-11-10T12:00", "2012-11-26T00:00")
                .build();

        assertThat(Fixtures.ENGINE.calculate(in)).isEmpty();
    }

    @Test
    void golden4_steppedPrices_cumulativeSteps_n55() {
        List<SteppedPrice> steps = List.of(
                step(5L, "10", 0, "0"), step(15L, "9", 5, "50"), step(20L, "8", 15, "140"), step(null, "7", 20, "180"));

        assertThat(SteppedPrices.apply(steps, Fraction.of(55), new Money(2)).amount())
                .isEqualTo(d("425.00"));
        // the same total, step by step: 5×10 + 10×9 + 5×8 + 35×7
        assertThat(d("50").add(d("90")).add(d("40")).add(d("245"))).isEqualByComparingTo("425");
    }

    @Test
    void golden4_steppedPrices_formulaAppliedLiterally() {
        List<SteppedPrice> steps =
                List.of(step(10L, "100", 0, "0"), step(20L, "90", 1, "1000"), step(null, "80", 2, "1900"));
        Money money = new Money(2);

        assertThat(SteppedPrices.apply(steps, Fraction.of(1), money).amount()).isEqualTo(d("100.00"));
        assertThat(SteppedPrices.apply(steps, Fraction.of(11), money).amount()).isEqualTo(d("1900.00"));
        assertThat(SteppedPrices.apply(steps, Fraction.of(20), money).amount()).isEqualTo(d("2710.00"));
        assertThat(SteppedPrices.apply(steps, Fraction.of(22), money).amount()).isEqualTo(d("3500.00"));
        assertThat(SteppedPrices.apply(steps, Fraction.of(1000), money).amount())
                .isEqualTo(d("81740.00"));
    }

    @Test
    void golden5_vat_10PercentOf10_50() {
        BillingResult r = bill(monthAtPrice("10.50")
                .vatRates(new VatRates(null, d("10"), null))
                .build());

        assertThat(r.net()).isEqualTo(d("10.50"));
        assertThat(r.vat().amount()).isEqualTo(d("1.05"));
        assertThat(r.gross()).isEqualTo(d("11.55"));
    }

    @Test
    void golden5_vat_12_5PercentOf1000() {
        BillingResult r = bill(monthAtPrice("1000")
                .vatRates(new VatRates(null, null, d("12.5")))
                .build());

        assertThat(r.vat().amount()).isEqualTo(d("125.00"));
        assertThat(r.gross()).isEqualTo(d("1125.00"));
    }

    @Test
    void golden5_discount_10PercentOf100_50() {
        BillingResult r = bill(monthAtPrice("100.50")
                .discount(new Discount(d("10"), Fixtures.t("2012-01-01T00:00"), null))
                .build());

        assertThat(r.discount().amount()).isEqualTo(d("10.05"));
        assertThat(r.discount().netAfter()).isEqualTo(d("90.45"));
        assertThat(r.gross()).isEqualTo(d("90.45"));
    }

    @Test
    void golden5_discount_5PercentOf100() {
        BillingResult r = bill(monthAtPrice("100.00")
                .discount(new Discount(d("5"), Fixtures.t("2012-12-20T00:00"), Fixtures.t("2013-03-01T00:00")))
                .build());

        assertThat(r.discount().amount()).isEqualTo(d("5.00"));
        assertThat(r.gross()).isEqualTo(d("95.00"));
    }

    private static BillingInput.Builder monthAtPrice(String price) {
        PriceModel pm = PriceModel.builder("pm", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .pricePerPeriod(price)
                .build();
        return used(december(), pm, "2012-12-01T00:00", "2013-01-01T00:00");
    }

    static SteppedPrice step(Long limit, String price, long free, String additional) {
        return new SteppedPrice(limit, new BigDecimal(price), free, new BigDecimal(additional));
    }
}
