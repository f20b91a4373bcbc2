package org.bss.portal.technical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.TechnicalServiceDefinition;
import org.junit.jupiter.api.Test;

class TechnicalServiceTextsFormTest {

    private static final TechnicalServiceDefinition.Texts STORED = new TechnicalServiceDefinition.Texts(
            List.of(new LocalizedText("en", "Log in with your mail address")),
            List.of(new LocalizedText("en", "Shop"), new LocalizedText("de", "Laden")),
            List.of(new LocalizedText("de", "Lizenz")),
            List.of(new LocalizedText("en", "shop"), new LocalizedText("en", "retail"), new LocalizedText("de", "x")));

    @Test
    void tagsAreTheCommaSeparatedWordsWithoutBlanks() {
        assertThat(TechnicalServiceTextsForm.tags(" shop, retail ,, ,web")).containsExactly("shop", "retail", "web");
        assertThat(TechnicalServiceTextsForm.tags(null)).isEmpty();
        assertThat(TechnicalServiceTextsForm.tags("  ")).isEmpty();
    }

    @Test
    void theFormShowsTheTextsOfTheChosenLanguageOnly() {
        TechnicalServiceTextsForm form = new TechnicalServiceTextsForm();
        form.setLanguage("en");
        form.fill(STORED);
        assertThat(form.getDescription()).isEqualTo("Shop");
        assertThat(form.getLicense()).isNull();
        assertThat(form.getAccessInfo()).isEqualTo("Log in with your mail address");
        assertThat(form.getTags()).isEqualTo("shop, retail");

        form.setLanguage("de");
        form.fill(STORED);
        assertThat(form.getDescription()).isEqualTo("Laden");
        assertThat(form.getLicense()).isEqualTo("Lizenz");
        assertThat(form.getAccessInfo()).isNull();
        assertThat(form.getTags()).isEqualTo("x");
    }

    @Test
    void savedTextsAreThoseOfTheChosenLanguageWithTheTagsSplit() {
        TechnicalServiceTextsForm form = new TechnicalServiceTextsForm();
        form.setLanguage("ja");
        form.setDescription("店舗");
        form.setTags("店, 小売");
        var texts = form.texts();
        assertThat(texts.locale()).isEqualTo("ja");
        assertThat(texts.description()).isEqualTo("店舗");
        assertThat(texts.tags()).containsExactly("店", "小売");
    }
}
