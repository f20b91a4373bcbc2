package org.bss.ws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.PriceModelLocalization;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.EventPrice;
import org.bss.catalog.PriceModelTerms.OptionPrice;
import org.bss.catalog.PriceModelTerms.ParameterPrice;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelTerms.RolePrice;
import org.bss.catalog.PriceModelTerms.Step;
import org.bss.catalog.PriceModelView;
import org.bss.ws.vo.VOPriceModel;
import org.junit.jupiter.api.Test;

class PriceModelMapperTest {

    private static final PriceModelTerms TERMS = new PriceModelTerms(
            PriceModelType.PER_UNIT,
            "EUR",
            PricingPeriod.WEEK,
            new BigDecimal("12.50"),
            new BigDecimal("100"),
            null,
            14,
            List.of(new RolePrice("ADMIN", new BigDecimal("3.10"))),
            List.of(new Step(5L, new BigDecimal("10")), new Step(null, new BigDecimal("8"))),
            List.of(
                    new ParameterPrice(
                            "DISK",
                            null,
                            new BigDecimal("0.5"),
                            List.of(new RolePrice("ADMIN", new BigDecimal("0.25"))),
                            List.of(new Step(10L, new BigDecimal("2")), new Step(null, BigDecimal.ONE)),
                            List.of()),
                    new ParameterPrice(
                            "PLAN",
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of(new OptionPrice("S", new BigDecimal("7"), null, List.of())))),
            List.of(new EventPrice("MINUTES", new BigDecimal("0.02"), List.of())));

    private final PriceModelView view = new PriceModelView(20001, 10001, TERMS, 4, Instant.EPOCH);

    @Test
    void everyElementGoesToTheVoAndBackUnchanged() {
        VOPriceModel vo = PriceModelMapper.toVO(view, texts(), definition(), Locale.GERMAN);

        assertThat(PriceModelMapper.toTerms(vo)).isEqualTo(TERMS);
    }

    @Test
    void theVoNamesTheDefinitionsInTheCallersLanguageAndCarriesItsTexts() {
        VOPriceModel vo = PriceModelMapper.toVO(view, texts(), definition(), Locale.GERMAN);

        assertThat(vo.getKey()).isEqualTo(20001);
        assertThat(vo.getVersion()).isEqualTo(4);
        assertThat(vo.getRoleSpecificUserPrices().get(0).getRole().getName()).isEqualTo("Verwalter");
        assertThat(vo.getSelectedParameters().get(1).getVoParameterDef().getParameterId())
                .isEqualTo("PLAN");
        assertThat(vo.getConsideredEvents().get(0).getEventDefinition().getEventDescription())
                .isEqualTo("Minuten");
        assertThat(vo.getDescription()).isEqualTo("Wöchentlich");
        assertThat(vo.getLicense()).isEqualTo("License");
    }

    @Test
    void pricesOfDefinitionsOutOfReachKeepTheirIds() {
        VOPriceModel vo = PriceModelMapper.toVO(view, texts(), null, Locale.GERMAN);

        assertThat(vo.getRoleSpecificUserPrices().get(0).getRole().getRoleId()).isEqualTo("ADMIN");
        assertThat(PriceModelMapper.toTerms(vo)).isEqualTo(TERMS);
    }

    private static org.bss.catalog.TechnicalServiceDefinition definition() {
        return TechnicalServiceMapperTest.stored(null).definition();
    }

    private static PriceModelLocalization texts() {
        return new PriceModelLocalization(
                List.of(new LocalizedText("en", "Weekly"), new LocalizedText("de", "Wöchentlich")),
                List.of(new LocalizedText("en", "License")));
    }
}
