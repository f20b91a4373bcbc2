package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.junit.jupiter.api.Test;

class PriceModelDocumentsTest {

    static PriceModelTerms everyElement() {
        return new PriceModelTerms(
                PriceModelType.PER_UNIT,
                "EUR",
                PricingPeriod.WEEK,
                new BigDecimal("12.50"),
                new BigDecimal("100"),
                null,
                14,
                List.of(new RolePrice("MODERATOR", new BigDecimal("3.10"))),
                List.of(new Step(5L, new BigDecimal("10")), new Step(null, new BigDecimal("8"))),
                List.of(
                        new ParameterPrice(
                                "MAX_USERS",
                                null,
                                new BigDecimal("0.5"),
                                List.of(new RolePrice("MODERATOR", new BigDecimal("0.25"))),
                                List.of(new Step(10L, new BigDecimal("2")), new Step(null, new BigDecimal("1"))),
                                List.of()),
                        new ParameterPrice(
                                "QUALITY",
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of(new OptionPrice(
                                        "HD",
                                        new BigDecimal("7"),
                                        new BigDecimal("1"),
                                        List.of(new RolePrice("MODERATOR", new BigDecimal("0.1"))))))),
                List.of(new EventPrice("MINUTES", new BigDecimal("0.02"), List.of())));
    }

    @Test
    void termsWithEveryElementReadBackEqual() {
        PriceModelTerms terms = everyElement();

        String document = PriceModelDocuments.write(terms);

        assertThat(PriceModelDocuments.read(document)).isEqualTo(terms);
        assertThat(document).contains("\"currency\":\"EUR\"", "\"limit\":5", "\"optionId\":\"HD\"");
    }

    @Test
    void aFreePriceModelIsASmallDocument() {
        String document = PriceModelDocuments.write(PriceModelTerms.free());

        assertThat(PriceModelDocuments.read(document)).isEqualTo(PriceModelTerms.free());
        assertThat(document).doesNotContain("currency");
    }
}
