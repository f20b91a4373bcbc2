package org.bss.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bss.common.BssException;
import org.junit.jupiter.api.Test;

class WebMessagesTest {

    @Test
    void everyProblemTypeHasATitleInEveryLanguage() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE)) {
            for (ProblemType t : ProblemType.values()) {
                assertThat(WebMessages.text(l, "title." + t.slug()))
                        .as(l + " " + t)
                        .doesNotStartWith("title.");
            }
        }
    }

    @Test
    void germanAndJapaneseBundlesHaveEveryEnglishKey() {
        ResourceBundle en = bundle(Locale.ROOT);
        for (Locale l : List.of(Locale.GERMAN, Locale.JAPANESE)) {
            ResourceBundle other = bundle(l);
            for (String key : en.keySet()) {
                assertThat(other.getString(key)).as(l + " " + key).isNotEqualTo(en.getString(key));
            }
        }
    }

    @Test
    void detailsAreFormattedPerLanguage() {
        assertThat(WebMessages.text(Locale.ENGLISH, "detail.field-required", "userId"))
                .isEqualTo("The field \"userId\" is required.");
        assertThat(WebMessages.text(Locale.JAPANESE, "detail.field-required", "userId"))
                .contains("userId")
                .contains("必須");
        assertThat(WebMessages.text(Locale.FRENCH, "detail.field-required", "userId"))
                .startsWith("The field");
    }

    @Test
    void languageIsTheFirstSupportedOne() {
        assertThat(WebMessages.choose(List.of(Locale.FRENCH, Locale.forLanguageTag("de-CH"), Locale.ENGLISH)))
                .isEqualTo(Locale.GERMAN);
        assertThat(WebMessages.choose(List.of())).isEqualTo(Locale.ENGLISH);
        assertThat(WebMessages.choose("ja-JP,ja;q=0.9,en;q=0.5")).isEqualTo(Locale.JAPANESE);
        assertThat(WebMessages.choose("fr, de;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(WebMessages.choose("%%%")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void businessKindsMapToStatuses() {
        assertThat(ProblemType.of(BssException.Kind.VALIDATION).status()).isEqualTo(422);
        assertThat(ProblemType.of(BssException.Kind.NOT_FOUND).status()).isEqualTo(404);
        assertThat(ProblemType.of(BssException.Kind.AUTHENTICATION).status()).isEqualTo(401);
        assertThat(ProblemType.of(BssException.Kind.PASSWORD_CHANGE_REQUIRED)
                        .uri()
                        .toString())
                .isEqualTo("https://bss.example/problems/password-change-required");
        assertThat(ProblemType.of(BssException.Kind.PASSWORD_CHANGE_REQUIRED).status())
                .isEqualTo(403);
        assertThat(ProblemType.of(BssException.Kind.NOT_PERMITTED).status()).isEqualTo(403);
        assertThat(ProblemType.of(BssException.Kind.CONCURRENT_MODIFICATION).status())
                .isEqualTo(409);
    }

    @Test
    void problemHasTheRfc9457Members() {
        Problem p = Problems.problem(ProblemType.NOT_FOUND, 404, Locale.GERMAN, "weg", "/bss/api/v1/x");

        assertThat(p.type).isEqualTo("https://bss.example/problems/not-found");
        assertThat(p.title).isEqualTo("Nicht gefunden");
        assertThat(p.status).isEqualTo(404);
        assertThat(p.detail).isEqualTo("weg");
        assertThat(p.instance).isEqualTo("/bss/api/v1/x");
    }

    @Test
    void bodyLimitStopsReadingBeyondTheLimit() throws Exception {
        InputStream in = new RequestLimits.LimitedInputStream(new ByteArrayInputStream(new byte[100]), 64);
        byte[] buffer = new byte[50];
        assertThat(in.read(buffer)).isEqualTo(50);
        assertThatThrownBy(() -> in.read(buffer))
                .isInstanceOfSatisfying(
                        ApiProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.REQUEST_TOO_LARGE));
    }

    private static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle(
                "org.bss.web.messages",
                l,
                WebMessagesTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
