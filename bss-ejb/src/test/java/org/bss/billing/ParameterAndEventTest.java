package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.billing.Fixtures.bill;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.t;
import static org.bss.billing.Fixtures.used;
import static org.bss.billing.GoldenCasesTest.step;

import java.util.List;
import java.util.Map;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.result.BillingResult;
import org.bss.billing.result.EventCharge;
import org.bss.billing.result.ParameterCharge;
import org.bss.billing.time.Fraction;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

class ParameterAndEventTest {

    private static PriceModel.Builder month() {
        return PriceModel.builder("m", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR");
    }

    @Test
    void integerParameterChangingMidPeriod_isChargedPerValueAndTime() {
        PriceModel pm = month().parameter(PricedParameter.of("disk", ParameterType.INTEGER, d("3.10"), d("1")))
                .build();
        BillingResult r = bill(used(Fixtures.december(), pm, "2012-12-01T00:00", null)
                .parameterValue(new ParameterValue("disk", t("2012-11-01T00:00"), "10"))
                .parameterValue(new ParameterValue("disk", t("2012-12-11T00:00"), "20"))
                .build());

        List<ParameterCharge> p = r.priceModels().get(0).parameters();
        assertThat(p).extracting(ParameterCharge::value).containsExactly("10", "20");
        assertThat(p.get(0).periodFee().factor()).isEqualTo(Fraction.of(10, 31));
        assertThat(p.get(0).periodFee().amount()).isEqualTo(d("10.00")); // 3.10 × 10 × 10/31
        assertThat(p.get(1).periodFee().amount()).isEqualTo(d("42.00")); // 3.10 × 20 × 21/31
        assertThat(p.get(0).userFee().amount()).isEqualTo(d("3.23")); // 1 × 10 × 10/31 (user u1)
        assertThat(r.priceModels().get(0).parametersAmount())
                .isEqualTo(p.get(0).amount().add(p.get(1).amount()));
    }

    @Test
    void booleanDurationStringAndEnumeration_multipliers() {
        PriceModel pm = month().parameter(PricedParameter.of("backup", ParameterType.BOOLEAN, d("5"), null))
                .parameter(PricedParameter.of("retention", ParameterType.DURATION, d("2"), null))
                .parameter(PricedParameter.of("name", ParameterType.STRING, d("99"), null))
                .parameter(new PricedParameter(
                        "size",
                        ParameterType.ENUMERATION,
                        null,
                        null,
                        Map.of(),
                        List.of(),
                        List.of(new PricedOption("L", d("40"), d("4"), Map.of("ADMIN", d("1"))))))
                .build();
        BillingResult r = bill(used(Fixtures.december(), pm, "2012-12-01T00:00", null)
                .parameterValue(new ParameterValue("backup", t("2012-12-01T00:00"), "true"))
                .parameterValue(new ParameterValue("retention", t("2012-12-01T00:00"), "259200000"))
                .parameterValue(new ParameterValue("name", t("2012-12-01T00:00"), "x"))
                .parameterValue(new ParameterValue("size", t("2012-12-01T00:00"), "L"))
                .build());

        Map<String, ParameterCharge> p = new java.util.HashMap<>();
        r.priceModels().get(0).parameters().forEach(c -> p.put(c.parameterId(), c));
        assertThat(p.get("backup").amount()).isEqualTo(d("5.00"));
        assertThat(p.get("retention").valueFactor()).isEqualTo(Fraction.of(3));
        assertThat(p.get("retention").amount()).isEqualTo(d("6.00"));
        assertThat(p.get("name").amount()).isEqualTo(d("0.00"));
        assertThat(p.get("size").option().periodFee().amount()).isEqualTo(d("40.00"));
        assertThat(p.get("size").option().userFee().amount()).isEqualTo(d("4.00"));
        assertThat(p.get("size").amount()).isEqualTo(d("45.00"));
    }

    @Test
    void steppedParameter_costOfTheValueTimesPeriodFactor() {
        PriceModel pm = month().parameter(new PricedParameter(
                        "cpu",
                        ParameterType.LONG,
                        d("0"),
                        null,
                        Map.of(),
                        List.of(step(4L, "10", 0, "0"), step(null, "5", 4, "40")),
                        List.of()))
                .build();
        BillingResult r = bill(used(Fixtures.december(), pm, "2012-12-01T00:00", null)
                .parameterValue(new ParameterValue("cpu", t("2012-12-01T00:00"), "6"))
                .build());

        ParameterCharge c = r.priceModels().get(0).parameters().get(0);
        assertThat(c.stepped().amount()).isEqualTo(d("50.00"));
        assertThat(c.periodFee().amount()).isEqualTo(d("50.00"));
    }

    @Test
    void events_withSteps_onlyWhileChargeableAndInsideThePeriod() {
        PriceModel pm = month().event(new PricedEvent("login", d("0.10"), null))
                .event(new PricedEvent("upload", null, List.of(step(10L, "1", 0, "0"), step(null, "0.5", 10, "10"))))
                .build();
        BillingResult r = bill(Fixtures.december()
                .priceModel(pm)
                .state(SubscriptionState.active(t("2012-11-01T00:00"), "m"))
                .state(SubscriptionState.suspended(t("2012-12-20T00:00"), "m"))
                .event(new GatheredEvent("login", t("2012-11-30T00:00"), 1000))
                .event(new GatheredEvent("login", t("2012-12-02T00:00"), 7))
                .event(new GatheredEvent("login", t("2012-12-21T00:00"), 1000))
                .event(new GatheredEvent("upload", t("2012-12-03T00:00"), 12))
                .event(new GatheredEvent("upload", t("2012-12-04T00:00"), 3))
                .build());

        List<EventCharge> e = r.priceModels().get(0).events();
        assertThat(e).extracting(EventCharge::occurrences).containsExactly(7L, 15L);
        assertThat(e.get(0).amount()).isEqualTo(d("0.70"));
        assertThat(e.get(1).amount()).isEqualTo(d("12.50")); // (15 − 10) × 0.5 + 10
        assertThat(r.priceModels().get(0).eventsAmount()).isEqualTo(d("13.20"));
    }
}
