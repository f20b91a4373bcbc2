package org.bss.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailRendererTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE};

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        return Stream.of(MailTemplate.values())
                .flatMap(t -> Stream.of(LANGUAGES).map(l -> Arguments.of(t, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void rendersWithEveryParameterFilledIn(MailTemplate template, Locale language) {
        RenderedMail mail = MailRenderer.render(MailFixtures.complete(template, language));

        assertThat(mail.language()).isEqualTo(language);
        assertThat(mail.subject()).isNotBlank().doesNotContain("\n", "{", "}");
        assertThat(mail.body()).doesNotContain("{", "}");
        for (String param : template.params()) {
            assertThat(mail.body()).as("value of %s", param).contains(MailFixtures.value(param));
        }
    }

    @Test
    void eachLanguageHasItsOwnText() {
        for (MailTemplate template : MailTemplate.values()) {
            RenderedMail en = MailRenderer.render(MailFixtures.complete(template, Locale.ENGLISH));
            RenderedMail de = MailRenderer.render(MailFixtures.complete(template, Locale.GERMAN));
            RenderedMail ja = MailRenderer.render(MailFixtures.complete(template, Locale.JAPANESE));
            assertThat(en.body()).startsWith("Hello,");
            assertThat(de.body()).startsWith("Guten Tag,");
            assertThat(de.subject()).isNotEqualTo(en.subject());
            assertThat(ja.subject()).isNotEqualTo(en.subject());
            // read as UTF-8: katakana/kanji, not mojibake
            assertThat(ja.subject() + ja.body())
                    .containsPattern("[\\p{IsHan}\\p{IsKatakana}]")
                    .doesNotContain("\uFFFD", "Ã");
        }
        assertThat(MailRenderer.render(MailFixtures.complete(MailTemplate.PASSWORD_RESET, Locale.GERMAN))
                        .subject())
                .isEqualTo("Ihr BSS-Kennwort wurde zurückgesetzt");
        assertThat(MailRenderer.render(MailFixtures.complete(MailTemplate.PASSWORD_RESET, Locale.JAPANESE))
                        .subject())
                .isEqualTo("BSS パスワードがリセットされました");
    }

    @Test
    void otherLocalesGetEnglishNotTheJvmDefault() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            RenderedMail english = MailRenderer.render(MailFixtures.complete(MailTemplate.USER_LOCKED, Locale.ENGLISH));
            for (Locale other : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("zh-CN"), Locale.ROOT, null}) {
                RenderedMail mail = MailRenderer.render(MailFixtures.complete(MailTemplate.USER_LOCKED, other));
                assertThat(mail).as("locale %s", other).isEqualTo(english);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void countryVariantsUseTheirLanguage() {
        assertThat(MailRenderer.render(
                                MailFixtures.complete(MailTemplate.USER_UNLOCKED, Locale.forLanguageTag("de-CH")))
                        .language())
                .isEqualTo(Locale.GERMAN);
        assertThat(MailRenderer.render(MailFixtures.complete(MailTemplate.USER_UNLOCKED, Locale.JAPAN))
                        .language())
                .isEqualTo(Locale.JAPANESE);
    }

    @Test
    void aMissingParameterIsNamed() {
        MailMessage noPassword = MailMessage.to("a@b.example", Locale.ENGLISH, MailTemplate.PASSWORD_RESET)
                .with(MailParams.USER_ID, "u1")
                .with(MailParams.LOGIN_URL, "http://x/login.xhtml");
        assertThatThrownBy(() -> MailRenderer.render(noPassword))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
    }

    @Test
    void parameterValuesAreTakenLiterally() {
        MailMessage tricky = MailMessage.to("a@b.example", Locale.ENGLISH, MailTemplate.USER_LOCKED)
                .with(MailParams.USER_ID, "o'neil {1}");
        assertThat(MailRenderer.render(tricky).body()).contains("o'neil {1}");
    }

    @Test
    void everyBundleHasExactlyTheKeysOfTheTemplates() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (MailTemplate template : MailTemplate.values()) {
            expected.add(template.subjectKey());
            expected.add(template.bodyKey());
        }
        for (String file : new String[] {"mails.properties", "mails_de.properties", "mails_ja.properties"}) {
            Properties texts = utf8(file);
            assertThat(new TreeSet<>(texts.stringPropertyNames()))
                    .as("keys of %s", file)
                    .isEqualTo(expected);
            for (String key : expected) {
                // MessageFormat drops a single apostrophe: the texts must write it as ''
                assertThat(texts.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    private static Properties utf8(String file) throws IOException {
        try (InputStream in = MailRendererTest.class.getResourceAsStream("/org/bss/mail/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
