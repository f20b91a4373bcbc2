package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.junit.jupiter.api.Test;

class PriceModelChangesTest {

    private static final PriceModelTerms EVERY = PriceModelDocumentsTest.everyElement();

    @Test
    void aNewPriceModelLogsEachPriceItCharges() {
        assertThat(lines(null, EVERY))
                .containsExactly(
                        "CHARGEABLE currency=EUR|timeUnit=WEEK|calculationMode=PER_UNIT|trialPeriod=ON|daysOfTrial=14",
                        "ONE_TIME_FEE currency=EUR|timeUnit=WEEK|oneTimeFee=12.50",
                        "SUBSCRIPTION_PRICE currency=EUR|timeUnit=WEEK|oneTimeFee=12.50|recurringCharge=100",
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=1-5|action=INSERT|recurringCharge=10",
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=6-ANY|action=INSERT|recurringCharge=8",
                        "ROLE_PRICE currency=EUR|timeUnit=WEEK|userRole=MODERATOR|price=3.10",
                        "PARAMETER_SUBSCRIPTION_PRICE currency=EUR|parameterName=MAX_USERS|range=1-10|action=INSERT"
                                + "|optionName=|price=2",
                        "PARAMETER_SUBSCRIPTION_PRICE currency=EUR|parameterName=MAX_USERS|range=11-ANY|action=INSERT"
                                + "|optionName=|price=1",
                        "PARAMETER_USER_PRICE currency=EUR|parameterName=MAX_USERS|optionName=|price=0.5",
                        "PARAMETER_ROLE_PRICE currency=EUR|timeUnit=WEEK|userRole=MODERATOR|parameterName=MAX_USERS"
                                + "|optionName=|price=0.25",
                        "PARAMETER_SUBSCRIPTION_PRICE currency=EUR|parameterName=QUALITY|range=1-ANY|optionName=HD"
                                + "|price=7",
                        "PARAMETER_USER_PRICE currency=EUR|parameterName=QUALITY|optionName=HD|price=1",
                        "PARAMETER_ROLE_PRICE currency=EUR|timeUnit=WEEK|userRole=MODERATOR|parameterName=QUALITY"
                                + "|optionName=HD|price=0.1",
                        "EVENT_PRICE currency=EUR|eventName=MINUTES|range=1-ANY|price=0.02");
    }

    @Test
    void savingTheSameTermsAgainLogsNothing() {
        assertThat(PriceModelChanges.between(EVERY, PriceModelDocumentsTest.everyElement()))
                .isEmpty();
    }

    @Test
    void aChangedStepIsAnUpdateAndAPriceEqualInValueIsNoChange() {
        PriceModelTerms after = with(
                EVERY,
                new BigDecimal("12.5"),
                List.of(new Step(5L, new BigDecimal("9")), new Step(null, new BigDecimal("8.00"))),
                EVERY.rolePrices());

        assertThat(lines(EVERY, after))
                .containsExactly("USER_PRICE currency=EUR|timeUnit=WEEK|range=1-5|action=UPDATE|recurringCharge=9");
    }

    @Test
    void movedStepLimitsDeleteTheOldRangesAndInsertTheNew() {
        PriceModelTerms after = with(
                EVERY,
                EVERY.oneTimeFee(),
                List.of(new Step(10L, new BigDecimal("10")), new Step(null, new BigDecimal("8"))),
                EVERY.rolePrices());

        assertThat(lines(EVERY, after))
                .containsExactly(
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=1-10|action=INSERT|recurringCharge=10",
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=11-ANY|action=INSERT|recurringCharge=8",
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=1-5|action=DELETE|recurringCharge=10",
                        "USER_PRICE currency=EUR|timeUnit=WEEK|range=6-ANY|action=DELETE|recurringCharge=8");
    }

    @Test
    void aRemovedRolePriceIsLoggedAsZero() {
        PriceModelTerms after = with(EVERY, EVERY.oneTimeFee(), EVERY.userSteps(), List.of());

        assertThat(lines(EVERY, after))
                .containsExactly("ROLE_PRICE currency=EUR|timeUnit=WEEK|userRole=MODERATOR|price=0");
    }

    @Test
    void becomingFreeIsLoggedAloneAndOnce() {
        assertThat(lines(EVERY, PriceModelTerms.free())).containsExactly("FREE ");
        assertThat(lines(null, PriceModelTerms.free())).containsExactly("FREE ");
        assertThat(lines(PriceModelTerms.free(), PriceModelTerms.free())).isEmpty();
    }

    @Test
    void aFlatEventPriceReplacedBySteps() {
        PriceModelTerms before = events(new EventPrice("MINUTES", new BigDecimal("0.02"), List.of()));
        PriceModelTerms after = events(new EventPrice(
                "MINUTES", null, List.of(new Step(100L, BigDecimal.ONE), new Step(null, new BigDecimal("0.5")))));

        assertThat(lines(before, after))
                .containsExactly(
                        "EVENT_PRICE currency=EUR|eventName=MINUTES|range=1-ANY|price=0",
                        "EVENT_PRICE currency=EUR|eventName=MINUTES|range=1-100|action=INSERT|price=1",
                        "EVENT_PRICE currency=EUR|eventName=MINUTES|range=101-ANY|action=INSERT|price=0.5");
    }

    @Test
    void changedTermsAreOneEntry() {
        PriceModelTerms after = new PriceModelTerms(
                PriceModelType.PRO_RATA,
                "EUR",
                EVERY.period(),
                EVERY.oneTimeFee(),
                EVERY.pricePerPeriod(),
                null,
                0,
                EVERY.rolePrices(),
                EVERY.userSteps(),
                EVERY.parameters(),
                EVERY.events());

        assertThat(lines(EVERY, after))
                .containsExactly(
                        "CHARGEABLE currency=EUR|timeUnit=WEEK|calculationMode=PRO_RATA|trialPeriod=OFF|daysOfTrial=0");
    }

    private static List<String> lines(PriceModelTerms before, PriceModelTerms after) {
        return PriceModelChanges.between(before, after).stream()
                .map(c -> c.kind() + " " + c.pairs().text())
                .toList();
    }

    private static PriceModelTerms with(
            PriceModelTerms t, BigDecimal oneTimeFee, List<Step> userSteps, List<RolePrice> roles) {
        return new PriceModelTerms(
                t.type(),
                t.currency(),
                t.period(),
                oneTimeFee,
                t.pricePerPeriod(),
                t.pricePerUser(),
                t.freePeriodDays(),
                roles,
                userSteps,
                t.parameters(),
                t.events());
    }

    private static PriceModelTerms events(EventPrice event) {
        return new PriceModelTerms(
                PriceModelType.PRO_RATA, "EUR", EVERY.period(), null, null, null, 0, null, null, null, List.of(event));
    }
}
