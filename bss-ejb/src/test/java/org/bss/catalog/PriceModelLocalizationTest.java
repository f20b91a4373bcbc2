package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.ServicePriceModel.TextChange;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class PriceModelLocalizationTest {

    private final ServicePriceModel priceModel = new ServicePriceModel(1, PriceModelTerms.free(), Instant.EPOCH);

    @Test
    void languagesGivenAreSetAndOthersStay() {
        List<TextChange> first = priceModel.localize(
                texts(List.of(text("en", " Monthly "), text("ja", "月額")), List.of(text("en", "License"))));
        List<TextChange> second =
                priceModel.localize(texts(List.of(), List.of(text("de", "Lizenz"), text("en", "License 2"))));

        assertThat(first).containsExactly(new TextChange("en", true, true), new TextChange("ja", true, false));
        assertThat(second).containsExactly(new TextChange("de", false, true), new TextChange("en", false, true));
        PriceModelLocalization now = priceModel.localization();
        assertThat(now.descriptions()).containsExactlyInAnyOrder(text("en", "Monthly"), text("ja", "月額"));
        assertThat(now.licenses()).containsExactlyInAnyOrder(text("en", "License 2"), text("de", "Lizenz"));
    }

    @Test
    void theSameTextsAgainChangeNothingAndAnEmptyTextRemoves() {
        priceModel.localize(texts(List.of(text("en", "Monthly")), List.of()));

        assertThat(priceModel.localize(texts(List.of(text("en", "Monthly")), List.of())))
                .isEmpty();
        assertThat(priceModel.localize(texts(List.of(text("en", " ")), List.of())))
                .containsExactly(new TextChange("en", true, false));
        assertThat(priceModel.localization().descriptions()).isEmpty();
    }

    @Test
    void badTextsAreRefused() {
        ValidationException unknown =
                catchThrowableOfType(ValidationException.class, () -> texts(List.of(text("fr", "Mensuel")), List.of()));
        ValidationException twice = catchThrowableOfType(
                ValidationException.class, () -> texts(List.of(), List.of(text("en", "a"), text("en", "b"))));
        ValidationException tooLong = catchThrowableOfType(
                ValidationException.class,
                () -> texts(List.of(text("en", "x".repeat(PriceModelLocalization.DESCRIPTION_MAX + 1))), List.of()));

        assertThat(unknown.messageKey()).isEqualTo("catalog.service.locale");
        assertThat(twice.localizedMessage(Locale.GERMAN)).contains("licenses", "en", "zweimal");
        assertThat(tooLong.messageKey()).isEqualTo("catalog.pm.tooLong");
        assertThat(texts(List.of(), List.of(text("ja", "x".repeat(PriceModelLocalization.LICENSE_MAX))))
                        .licenses())
                .hasSize(1);
    }

    private static PriceModelLocalization texts(List<LocalizedText> descriptions, List<LocalizedText> licenses) {
        return new PriceModelLocalization(descriptions, licenses);
    }

    private static LocalizedText text(String locale, String text) {
        return new LocalizedText(locale, text);
    }
}
