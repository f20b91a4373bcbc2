package org.bss.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** A category's id (1–40 id characters) and names (1–100 characters, en/de/ja, at least one). */
class CategoryNamesTest {

    @Test
    void idsOfIdCharactersUpToForty() {
        assertThat(CategoryNames.checkId("Office (2026) - v1.0_a@b[c]")).isEqualTo("Office (2026) - v1.0_a@b[c]");
        assertThat(CategoryNames.checkId("業務")).isEqualTo("業務");
        assertThat(CategoryNames.checkId("x".repeat(40))).hasSize(40);

        assertThat(refused(() -> CategoryNames.checkId(null))).isEqualTo("category.idRequired");
        assertThat(refused(() -> CategoryNames.checkId(" "))).isEqualTo("category.idRequired");
        assertThat(refused(() -> CategoryNames.checkId("x".repeat(41)))).isEqualTo("category.idTooLong");
        assertThat(refused(() -> CategoryNames.checkId("a/b"))).isEqualTo("category.idChars");
        assertThat(refused(() -> CategoryNames.checkId(" lead"))).isEqualTo("category.idChars");
        assertThat(refused(() -> CategoryNames.checkId("a<b>"))).isEqualTo("category.idChars");
    }

    @Test
    void namesPerLocaleUpToAHundredAtLeastOne() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", " Office ");
        names.put("de", "Büro");
        names.put("ja", "");
        assertThat(CategoryNames.check(names)).containsExactly(Map.entry("de", "Büro"), Map.entry("en", "Office"));
        assertThat(CategoryNames.checkName("n".repeat(100))).hasSize(100);

        assertThat(refused(() -> CategoryNames.check(Map.of()))).isEqualTo("category.nameRequired");
        assertThat(refused(() -> CategoryNames.check(null))).isEqualTo("category.nameRequired");
        assertThat(refused(() -> CategoryNames.check(Map.of("en", " ")))).isEqualTo("category.nameRequired");
        assertThat(refused(() -> CategoryNames.check(Map.of("fr", "Bureau")))).isEqualTo("category.locale");
        assertThat(refused(() -> CategoryNames.check(Map.of("en", "n".repeat(101)))))
                .isEqualTo("category.nameTooLong");
    }

    private static String refused(Runnable check) {
        return catchThrowableOfType(ValidationException.class, check::run).messageKey();
    }
}
