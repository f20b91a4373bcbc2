package org.bss.billing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bss.billing.Fixtures.d;
import static org.bss.billing.Fixtures.example;
import static org.bss.billing.Fixtures.t;
import static org.bss.billing.Fixtures.used;

import java.util.List;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.time.PeriodUnit;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private static void refused(BillingInput in, String... messageParts) {
        assertThatThrownBy(() -> Fixtures.ENGINE.calculate(in))
                .isInstanceOf(BillingInputException.class)
                .message()
                .contains(messageParts);
    }

    @Test
    void unorderedHistory() {
        refused(
                Fixtures.december()
                        .priceModel(example().build())
                        .state(SubscriptionState.active(t("2012-12-05T00:00"), "EXAMPLE"))
                        .state(SubscriptionState.suspended(t("2012-12-01T00:00"), "EXAMPLE"))
                        .build(),
                "history entry #2",
                "not after");
    }

    @Test
    void assignmentEndingBeforeItStarts() {
        refused(
                used(Fixtures.december(), example().build(), "2012-12-01T00:00", null)
                        .user(new UserAssignment("u2", "USER", t("2012-12-05T00:00"), t("2012-12-04T00:00")))
                        .build(),
                "assignment of user 'u2' ends",
                "before it starts");
    }

    @Test
    void entriesAfterTermination() {
        refused(
                Fixtures.december()
                        .priceModel(example().build())
                        .state(SubscriptionState.terminated(t("2012-12-01T00:00")))
                        .state(SubscriptionState.active(t("2012-12-05T00:00"), "EXAMPLE"))
                        .build(),
                "followed by");
    }

    @Test
    void overlappingUserAssignments() {
        refused(
                used(Fixtures.december(), example().build(), "2012-12-01T00:00", null)
                        .user(new UserAssignment("u1", "USER", t("2012-12-03T00:00"), null))
                        .build(),
                "user 'u1' has overlapping assignments");
    }

    @Test
    void unorderedParameterValues() {
        refused(
                used(Fixtures.december(), example().build(), "2012-12-01T00:00", null)
                        .parameterValue(new ParameterValue("p", t("2012-12-05T00:00"), "1"))
                        .parameterValue(new ParameterValue("p", t("2012-12-02T00:00"), "2"))
                        .build(),
                "parameter 'p'");
    }

    @Test
    void negativePrice() {
        refused(
                used(Fixtures.december(), example().pricePerUser("-1").build(), "2012-12-01T00:00", null)
                        .build(),
                "price per user is negative");
    }

    @Test
    void negativeEventCount() {
        refused(
                used(Fixtures.december(), example().build(), "2012-12-01T00:00", null)
                        .event(new GatheredEvent("e", t("2012-12-02T00:00"), -3))
                        .build(),
                "negative count -3");
    }

    @Test
    void negativeParameterValue() {
        PriceModel pm = example()
                .parameter(PricedParameter.of("n", ParameterType.INTEGER, d("1"), null))
                .build();
        refused(
                used(Fixtures.december(), pm, "2012-12-01T00:00", null)
                        .parameterValue(new ParameterValue("n", t("2012-12-01T00:00"), "-2"))
                        .build(),
                "parameter 'n' has negative value");
    }

    @Test
    void malformedParameterValue() {
        PriceModel pm = example()
                .parameter(PricedParameter.of("n", ParameterType.LONG, d("1"), null))
                .build();
        refused(
                used(Fixtures.december(), pm, "2012-12-01T00:00", null)
                        .parameterValue(new ParameterValue("n", t("2012-12-01T00:00"), "many"))
                        .build(),
                "'many' that is not a valid LONG");
    }

    @Test
    void unknownCurrency() {
        PriceModel pm = PriceModel.builder("x", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUX")
                .build();
        refused(used(Fixtures.december(), pm, "2012-12-01T00:00", null).build(), "unknown currency 'EUX'");
    }

    @Test
    void periodEndBeforeStart() {
        refused(
                used(
                                BillingInput.builder("s", t("2013-01-01T00:00"), t("2012-12-01T00:00"), Fixtures.ZONE),
                                example().build(),
                                "2012-12-01T00:00",
                                null)
                        .build(),
                "billing period end",
                "not after its start");
    }

    @Test
    void missingPriceModel() {
        refused(
                Fixtures.december()
                        .state(SubscriptionState.active(t("2012-12-01T00:00"), "GONE"))
                        .build(),
                "missing price model 'GONE'");
    }

    @Test
    void versionsOfOnePriceModelForDifferentServices() {
        PriceModel v2 = PriceModel.builder("EXAMPLE-2", PricingType.PER_UNIT, PeriodUnit.MONTH, "EUR")
                .key("EXAMPLE")
                .serviceId("other")
                .build();
        refused(
                used(Fixtures.december(), example().build(), "2012-12-01T00:00", null)
                        .priceModel(v2)
                        .state(SubscriptionState.active(t("2012-12-10T00:00"), "EXAMPLE-2"))
                        .build(),
                "'EXAMPLE' and 'EXAMPLE-2' are versions of price model 'EXAMPLE'",
                "different services");
    }

    @Test
    void badSteps_andDecimalPlaces() {
        PriceModel pm = example()
                .event(new PricedEvent(
                        "e",
                        null,
                        List.of(GoldenCasesTest.step(5L, "1", 0, "0"), GoldenCasesTest.step(3L, "1", 0, "0"))))
                .build();
        refused(used(Fixtures.december(), pm, "2012-12-01T00:00", null).build(), "stepped price #2");
        refused(
                used(Fixtures.december().decimalPlaces(7), example().build(), "2012-12-01T00:00", null)
                        .build(),
                "DECIMAL_PLACES 7");
    }
}
