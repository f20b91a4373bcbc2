package org.bss.billing.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bss.billing.BillingEngine;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.GatheredEvent;
import org.bss.billing.input.ParameterType;
import org.bss.billing.input.ParameterValue;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricedEvent;
import org.bss.billing.input.PricedOption;
import org.bss.billing.input.PricedParameter;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SteppedPrice;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.PeriodUnit;
import org.bss.catalog.EventDefinition;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.ParameterDefinition;
import org.bss.catalog.ParameterDefinition.ModificationType;
import org.bss.catalog.ParameterDefinition.Option;
import org.bss.catalog.ParameterDefinition.ValueType;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.catalog.RoleDefinition;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceDefinition.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each price element a supplier sets, the engine bills the price model built from the catalog's terms exactly as
 * the engine's own price model with that element: the same subscription (December, one MODERATOR, MAX_USERS 20,
 * QUALITY HD, 30 MINUTES events) under both.
 */
class PriceModelInputsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant FROM = Instant.parse("2012-11-30T23:00:00Z");
    private static final Instant TO = Instant.parse("2012-12-31T23:00:00Z");
    private static final List<LocalizedText> NAME = List.of(new LocalizedText("en", "x"));
    private static final TechnicalServiceDefinition SERVICE = new TechnicalServiceDefinition(
            "Video 1.0",
            null,
            AccessType.LOGIN,
            null,
            null,
            null,
            false,
            false,
            null,
            new Texts(List.of(), NAME, List.of(), List.of()),
            List.of(
                    new ParameterDefinition(
                            "MAX_USERS",
                            true,
                            true,
                            "10",
                            1L,
                            500L,
                            ValueType.LONG,
                            ModificationType.STANDARD,
                            List.of(),
                            NAME),
                    new ParameterDefinition(
                            "QUALITY",
                            false,
                            true,
                            "HD",
                            null,
                            null,
                            ValueType.ENUMERATION,
                            ModificationType.STANDARD,
                            List.of(new Option("HD", NAME), new Option("SD", NAME)),
                            NAME)),
            List.of(new EventDefinition("MINUTES", NAME)),
            List.of(new RoleDefinition("MODERATOR", NAME, List.of())),
            List.of());

    static Stream<Arguments> elements() {
        return Stream.of(
                element("one-time fee", terms().oneTimeFee("25.00"), engine().oneTimeFee("25.00")),
                element("price per period", terms().perPeriod("100.00"), engine().pricePerPeriod("100.00")),
                element("price per user", terms().perUser("7.50"), engine().pricePerUser("7.50")),
                element("role price", terms().role("3.10"), engine().rolePrice("MODERATOR", "3.10")),
                element(
                        "user steps",
                        terms().userSteps(new Step(5L, d("10")), new Step(null, d("8"))),
                        engine().userStep(step(5L, "10", 0, "0")).userStep(step(null, "8", 5, "50"))),
                element(
                        "parameter per subscription",
                        terms().parameter(new ParameterPrice("MAX_USERS", d("0.50"), null, null, null, null)),
                        engine().parameter(PricedParameter.of("MAX_USERS", ParameterType.LONG, d("0.50"), null))),
                element(
                        "parameter per user",
                        terms().parameter(new ParameterPrice("MAX_USERS", null, d("0.20"), null, null, null)),
                        engine().parameter(PricedParameter.of("MAX_USERS", ParameterType.LONG, null, d("0.20")))),
                element(
                        "parameter role price",
                        terms().parameter(new ParameterPrice(
                                "MAX_USERS", null, null, List.of(new RolePrice("MODERATOR", d("0.05"))), null, null)),
                        engine().parameter(new PricedParameter(
                                "MAX_USERS",
                                ParameterType.LONG,
                                null,
                                null,
                                Map.of("MODERATOR", d("0.05")),
                                null,
                                null))),
                element(
                        "parameter steps",
                        terms().parameter(new ParameterPrice(
                                "MAX_USERS",
                                null,
                                null,
                                null,
                                List.of(new Step(10L, d("2")), new Step(null, d("1"))),
                                null)),
                        engine().parameter(new PricedParameter(
                                "MAX_USERS",
                                ParameterType.LONG,
                                null,
                                null,
                                null,
                                List.of(step(10L, "2", 0, "0"), step(null, "1", 10, "20")),
                                null))),
                element(
                        "option prices",
                        terms().parameter(new ParameterPrice(
                                "QUALITY",
                                null,
                                null,
                                null,
                                null,
                                List.of(new OptionPrice(
                                        "HD", d("7"), d("1"), List.of(new RolePrice("MODERATOR", d("0.10"))))))),
                        engine().parameter(new PricedParameter(
                                "QUALITY",
                                ParameterType.ENUMERATION,
                                null,
                                null,
                                null,
                                null,
                                List.of(new PricedOption("HD", d("7"), d("1"), Map.of("MODERATOR", d("0.10"))))))),
                element(
                        "event price",
                        terms().event(new EventPrice("MINUTES", d("0.02"), null)),
                        engine().event(new PricedEvent("MINUTES", d("0.02"), null))),
                element(
                        "event steps",
                        terms().event(new EventPrice(
                                "MINUTES", null, List.of(new Step(20L, d("0.05")), new Step(null, d("0.01"))))),
                        engine().event(new PricedEvent(
                                "MINUTES", null, List.of(step(20L, "0.05", 0, "0"), step(null, "0.01", 20, "1.00"))))),
                element(
                        "free trial days",
                        terms().perPeriod("100.00").freeDays(10),
                        engine().pricePerPeriod("100.00").freePeriodDays(10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void theEngineBillsTheCatalogsTermsAsItsOwnPriceModel(String element, Terms terms, PriceModel.Builder own) {
        PriceModel built = PriceModelInputs.of("PM-1", null, "video", terms.build(), SERVICE);

        BillingResult fromCatalog = bill(built);
        BillingResult fromEngine = bill(own.serviceId("video").build());

        assertThat(fromCatalog.net()).as(element).isEqualByComparingTo(fromEngine.net());
        assertThat(fromCatalog.net()).as(element + " charges something").isPositive();
        assertThat(built).as(element).isEqualTo(own.serviceId("video").build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void periodAndPricingTypeCarryOver(String element, Terms terms, PriceModel.Builder own) {
        PriceModel built = PriceModelInputs.of("PM-1", "PM", "video", terms.build(), SERVICE);

        assertThat(built.type()).isEqualTo(PricingType.PRO_RATA);
        assertThat(built.unit()).isEqualTo(PeriodUnit.MONTH);
        assertThat(built.key()).isEqualTo("PM");
    }

    private static BillingResult bill(PriceModel pm) {
        BillingInput in = BillingInput.builder("sub-1", FROM, TO, ZONE)
                .priceModel(pm)
                .state(SubscriptionState.active(FROM, pm.id()))
                .user(new UserAssignment("u1", "MODERATOR", FROM, null))
                .parameterValue(new ParameterValue("MAX_USERS", FROM, "20"))
                .parameterValue(new ParameterValue("QUALITY", FROM, "HD"))
                .event(new GatheredEvent("MINUTES", Instant.parse("2012-12-15T10:00:00Z"), 30))
                .build();
        return new BillingEngine().calculate(in).orElseThrow();
    }

    private static Arguments element(String name, Terms terms, PriceModel.Builder own) {
        return Arguments.of(name, terms, own);
    }

    private static PriceModel.Builder engine() {
        return PriceModel.builder("PM-1", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR");
    }

    private static SteppedPrice step(Long limit, String price, long free, String additional) {
        return new SteppedPrice(limit, d(price), free, d(additional));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Terms terms() {
        return new Terms();
    }

    /** Catalog terms with one element set, PRO_RATA, monthly, EUR. */
    static final class Terms {
        private BigDecimal oneTimeFee;
        private BigDecimal perPeriod;
        private BigDecimal perUser;
        private int freeDays;
        private List<RolePrice> roles = List.of();
        private List<Step> userSteps = List.of();
        private List<ParameterPrice> parameters = List.of();
        private List<EventPrice> events = List.of();

        Terms oneTimeFee(String v) {
            oneTimeFee = d(v);
            return this;
        }

        Terms perPeriod(String v) {
            perPeriod = d(v);
            return this;
        }

        Terms perUser(String v) {
            perUser = d(v);
            return this;
        }

        Terms role(String v) {
            roles = List.of(new RolePrice("MODERATOR", d(v)));
            return this;
        }

        Terms userSteps(Step... steps) {
            userSteps = List.of(steps);
            return this;
        }

        Terms parameter(ParameterPrice p) {
            parameters = List.of(p);
            return this;
        }

        Terms event(EventPrice e) {
            events = List.of(e);
            return this;
        }

        Terms freeDays(int days) {
            freeDays = days;
            return this;
        }

        PriceModelTerms build() {
            return new PriceModelTerms(
                    PriceModelType.PRO_RATA,
                    "EUR",
                    PricingPeriod.MONTH,
                    oneTimeFee,
                    perPeriod,
                    perUser,
                    freeDays,
                    roles,
                    userSteps,
                    parameters,
                    events);
        }

        @Override
        public String toString() {
            return "terms";
        }
    }
}
