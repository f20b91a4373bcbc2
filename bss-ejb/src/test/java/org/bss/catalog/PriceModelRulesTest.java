package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.ParameterDefinition.ModificationType;
import org.bss.catalog.ParameterDefinition.Option;
import org.bss.catalog.ParameterDefinition.ValueType;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class PriceModelRulesTest {

    private static final LocalizedText NAME = new LocalizedText("en", "x");

    private final TechnicalServiceDefinition service = withPartsOfEveryKind();

    @Test
    void aPriceModelWithEveryElementFits() {
        PriceModelRules.check(PriceModelDocumentsTest.everyElement(), service, "EUR"::equals);
        PriceModelRules.check(PriceModelTerms.free(), service, c -> false);
    }

    @Test
    void aFreePriceModelChargesNothing() {
        PriceModelTerms free = new PriceModelTerms(
                PriceModelType.FREE_OF_CHARGE, "EUR", null, BigDecimal.ONE, null, null, 0, null, null, null, null);

        assertThat(refused(free).getMessage()).contains("oneTimeFee");
    }

    @Test
    void aCurrencyThePlatformLacksIsRefused() {
        ValidationException e = refused(priced("JPY", null, List.of()));

        assertThat(e.messageKey()).isEqualTo("catalog.pm.currencyUnsupported");
        assertThat(e.localizedMessage(Locale.JAPANESE)).contains("JPY");
        assertThat(refused(priced(null, null, List.of())).messageKey()).isEqualTo("catalog.pm.currencyRequired");
    }

    @Test
    void aNegativePriceIsRefusedByItsPath() {
        ValidationException e = refused(
                priced("EUR", List.of(new EventPrice("MINUTES", new BigDecimal("-0.01"), List.of())), List.of()));

        assertThat(e.messageKey()).isEqualTo("catalog.pm.negativePrice");
        assertThat(e.getMessage()).contains("events[MINUTES].price", "-0.01");
    }

    @Test
    void stepsThatOverlapOrLeaveAGapAreRefused() {
        List<Step> overlap =
                List.of(new Step(10L, BigDecimal.ONE), new Step(10L, BigDecimal.ONE), new Step(null, BigDecimal.ONE));
        List<Step> gap = List.of(new Step(10L, BigDecimal.ONE), new Step(20L, BigDecimal.ONE));
        List<Step> openInTheMiddle = List.of(new Step(null, BigDecimal.ONE), new Step(20L, BigDecimal.ONE));

        assertThat(refused(priced("EUR", null, overlap)).messageKey()).isEqualTo("catalog.pm.stepsOverlap");
        ValidationException gapError = refused(priced("EUR", null, gap));
        assertThat(gapError.messageKey()).isEqualTo("catalog.pm.stepsGap");
        assertThat(gapError.getMessage()).contains("userSteps", "20");
        assertThat(refused(priced("EUR", null, openInTheMiddle)).messageKey()).isEqualTo("catalog.pm.stepsOverlap");
    }

    @Test
    void rolesParametersOptionsAndEventsAreTheTechnicalServicesOwn() {
        assertThat(refused(withParameter(new ParameterPrice("COLOR", BigDecimal.ONE, null, null, null, null)))
                        .messageKey())
                .isEqualTo("catalog.pm.unknownParameter");
        assertThat(refused(withParameter(new ParameterPrice(
                                "QUALITY",
                                null,
                                null,
                                null,
                                null,
                                List.of(new OptionPrice("4K", BigDecimal.ONE, null, null)))))
                        .messageKey())
                .isEqualTo("catalog.pm.unknownOption");
        assertThat(refused(withParameter(new ParameterPrice(
                                "MAX_USERS", null, null, List.of(new RolePrice("OWNER", BigDecimal.ONE)), null, null)))
                        .messageKey())
                .isEqualTo("catalog.pm.unknownRole");
        assertThat(refused(priced("EUR", List.of(new EventPrice("CLICKS", BigDecimal.ONE, null)), List.of()))
                        .messageKey())
                .isEqualTo("catalog.pm.unknownEvent");
    }

    @Test
    void optionsOnlyForEnumerationsStepsOnlyForNumbersAndNothingTwice() {
        assertThat(refused(withParameter(new ParameterPrice(
                                "MAX_USERS", null, null, null, null, List.of(new OptionPrice("HD", null, null, null)))))
                        .messageKey())
                .isEqualTo("catalog.pm.optionsOfNoEnumeration");
        assertThat(refused(withParameter(new ParameterPrice(
                                "QUALITY", null, null, null, List.of(new Step(null, BigDecimal.ONE)), null)))
                        .messageKey())
                .isEqualTo("catalog.pm.stepsOfNoNumber");
        assertThat(refused(priced(
                                "EUR",
                                List.of(
                                        new EventPrice("MINUTES", BigDecimal.ONE, null),
                                        new EventPrice("MINUTES", BigDecimal.TEN, null)),
                                List.of()))
                        .messageKey())
                .isEqualTo("catalog.pm.twice");
    }

    @Test
    void stepsReplaceTheFlatPriceTheyStandFor() {
        PriceModelTerms both = new PriceModelTerms(
                PriceModelType.PRO_RATA,
                "EUR",
                PricingPeriod.MONTH,
                null,
                null,
                BigDecimal.ONE,
                0,
                null,
                List.of(new Step(null, BigDecimal.ONE)),
                null,
                null);

        assertThat(refused(both).messageKey()).isEqualTo("catalog.pm.stepsAndPrice");
    }

    private ValidationException refused(PriceModelTerms terms) {
        return catchThrowableOfType(
                ValidationException.class, () -> PriceModelRules.check(terms, service, "EUR"::equals));
    }

    private static PriceModelTerms priced(String currency, List<EventPrice> events, List<Step> userSteps) {
        return new PriceModelTerms(
                PriceModelType.PRO_RATA,
                currency,
                PricingPeriod.MONTH,
                null,
                null,
                null,
                0,
                null,
                userSteps,
                null,
                events);
    }

    private static PriceModelTerms withParameter(ParameterPrice parameter) {
        return new PriceModelTerms(
                PriceModelType.PRO_RATA,
                "EUR",
                PricingPeriod.MONTH,
                null,
                null,
                null,
                0,
                null,
                null,
                List.of(parameter),
                null);
    }

    private static TechnicalServiceDefinition withPartsOfEveryKind() {
        TechnicalServiceDefinition base = Definitions.technicalService(
                "Video 1.0",
                Definitions.number("MAX_USERS", true, true, "10", 1, 500),
                new ParameterDefinition(
                        "QUALITY",
                        false,
                        true,
                        "HD",
                        null,
                        null,
                        ValueType.ENUMERATION,
                        ModificationType.STANDARD,
                        List.of(new Option("HD", List.of(NAME)), new Option("SD", List.of(NAME))),
                        List.of(NAME)));
        return new TechnicalServiceDefinition(
                base.id(),
                base.build(),
                base.accessType(),
                base.provisioning(),
                base.baseUrl(),
                base.loginPath(),
                false,
                false,
                null,
                base.texts(),
                base.parameters(),
                List.of(new EventDefinition("MINUTES", List.of(NAME))),
                List.of(new RoleDefinition("MODERATOR", List.of(NAME), List.of())),
                List.of());
    }
}
