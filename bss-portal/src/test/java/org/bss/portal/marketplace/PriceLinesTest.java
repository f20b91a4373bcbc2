package org.bss.portal.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.junit.jupiter.api.Test;

class PriceLinesTest {

    /** Renders a key with its arguments, so that the lines show what was asked for. */
    private static String text(String key, Object[] arguments) {
        return arguments.length == 0 ? key : key + Arrays.toString(arguments);
    }

    @Test
    void aPricedModelListsWhatItChargesWithPeriodAndCurrency() {
        PriceModelTerms terms = new PriceModelTerms(
                PriceModelType.PRO_RATA,
                "EUR",
                PricingPeriod.MONTH,
                new BigDecimal("100.00"),
                new BigDecimal("12.50"),
                null,
                14,
                null,
                null,
                null,
                List.of(new EventPrice("MINUTES", BigDecimal.ONE, null)));

        assertThat(PriceLines.of(terms, Locale.ENGLISH, PriceLinesTest::text))
                .containsExactly(
                        "market.price.oneTimeFee[100.00 EUR]",
                        "market.price.perSubscription[12.50 EUR, market.price.period.MONTH]",
                        "market.price.type.PRO_RATA",
                        "market.price.trial[14]",
                        "market.price.more");
    }

    @Test
    void freeAndNoPriceModelAreOneLineEach() {
        assertThat(PriceLines.of(PriceModelTerms.free(), Locale.ENGLISH, PriceLinesTest::text))
                .containsExactly("market.price.free");
        assertThat(PriceLines.of(null, Locale.ENGLISH, PriceLinesTest::text)).containsExactly("market.price.none");
    }

    @Test
    void amountsFollowTheReadersLocaleWithAtLeastTwoDecimals() {
        assertThat(PriceLines.amount(new BigDecimal("1234.5"), "EUR", Locale.GERMAN))
                .isEqualTo("1.234,50 EUR");
        assertThat(PriceLines.amount(new BigDecimal("0.125"), "JPY", Locale.JAPANESE))
                .isEqualTo("0.125 JPY");
        assertThat(PriceLines.amount(new BigDecimal("7"), "USD", Locale.ENGLISH))
                .isEqualTo("7.00 USD");
    }
}
