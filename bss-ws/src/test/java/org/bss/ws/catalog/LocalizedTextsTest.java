package org.bss.ws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.bss.catalog.LocalizedText;
import org.junit.jupiter.api.Test;

class LocalizedTextsTest {

    @Test
    void theCallersLanguageThenTheFilesDefaultThenEnglishThenTheFirst() {
        List<LocalizedText> all = List.of(
                new LocalizedText("ja", "動画"), new LocalizedText(null, "Default"), new LocalizedText("en", "Video"));

        assertThat(LocalizedTexts.pick(all, Locale.JAPAN)).as("ja_JP reads ja").isEqualTo("動画");
        assertThat(LocalizedTexts.pick(all, Locale.GERMAN)).isEqualTo("Default");
        assertThat(LocalizedTexts.pick(all.subList(2, 3), Locale.GERMAN)).isEqualTo("Video");
        assertThat(LocalizedTexts.pick(List.of(new LocalizedText("fr", "Vidéo")), Locale.GERMAN))
                .isEqualTo("Vidéo");
        assertThat(LocalizedTexts.pick(List.of(), Locale.GERMAN)).isNull();
        assertThat(LocalizedTexts.all(List.of(), Locale.GERMAN)).isEmpty();
    }

    @Test
    void aRegionalLocaleInTheFileCountsByItsLanguage() {
        List<LocalizedText> all = List.of(new LocalizedText("en", "Video"), new LocalizedText("de_AT", "Bewegtbild"));

        assertThat(LocalizedTexts.pick(all, Locale.GERMANY)).isEqualTo("Bewegtbild");
    }
}
