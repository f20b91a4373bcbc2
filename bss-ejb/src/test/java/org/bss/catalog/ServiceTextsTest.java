package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class ServiceTextsTest {

    @Test
    void textsAreStrippedAndAnEmptyTextIsNone() {
        ServiceTexts texts = new ServiceTexts("ja", "  ビデオ会議 ", "", null);

        assertThat(texts.name()).isEqualTo("ビデオ会議");
        assertThat(texts.shortDescription()).isNull();
        assertThat(texts.description()).isNull();
    }

    @Test
    void eachTextHasItsLimit() {
        assertThat(new ServiceTexts("en", "n".repeat(100), "s".repeat(255), "d".repeat(2000)).description())
                .hasSize(2000);
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> new ServiceTexts("en", "n".repeat(101), null, null));
        assertThat(e.messageKey()).isEqualTo("catalog.service.tooLong");
        assertThat(e.getMessage()).contains("name", "100");
        assertThat(catchThrowableOfType(
                                ValidationException.class, () -> new ServiceTexts("en", null, "s".repeat(256), null))
                        .getMessage())
                .contains("shortDescription", "255");
    }

    @Test
    void onlyTheSupportedLanguages() {
        ValidationException e =
                catchThrowableOfType(ValidationException.class, () -> new ServiceTexts("fr", "Nom", null, null));

        assertThat(e.messageKey()).isEqualTo("catalog.service.locale");
        assertThat(e.getMessage()).contains("fr", "en, de, ja");
    }
}
