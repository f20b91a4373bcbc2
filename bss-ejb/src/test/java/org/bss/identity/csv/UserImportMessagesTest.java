package org.bss.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every userImport.* key exists in en, de and ja, translated; rejected rows read as "Line n ...: reason". */
class UserImportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UserImportMessagesTest.class.getResourceAsStream("/org/bss/common/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> importKeys(Properties p) {
        return p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("userImport."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void keysInAllThreeLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Properties ja = load("messages_ja.properties");
        assertThat(importKeys(en)).hasSize(11);
        assertThat(importKeys(de)).isEqualTo(importKeys(en));
        assertThat(importKeys(ja)).isEqualTo(importKeys(en));
        for (String key : importKeys(en)) {
            assertThat(de.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            assertThat(ja.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            assertThat(en.getProperty(key) + de.getProperty(key) + ja.getProperty(key))
                    .as(key)
                    .doesNotContain("'");
        }
    }

    @Test
    void rejectedRowMessagesNameTheLineAndTheUser() {
        RejectedRow withUser = new RejectedRow(12, "u1", "userImport.row.duplicateUserId", List.of("u1", "3"));
        assertThat(withUser.message(Locale.ENGLISH))
                .isEqualTo("Line 12 (user ID u1): The user ID u1 already appears on line 3.");
        assertThat(withUser.message(Locale.GERMAN))
                .isEqualTo("Zeile 12 (Benutzer-ID u1): Die Benutzer-ID u1 steht bereits in Zeile 3.");
        assertThat(withUser.message(Locale.JAPANESE)).isEqualTo("12 行目 (ユーザーID u1): ユーザーID u1 は 3 行目にも指定されています。");
        RejectedRow noUser = new RejectedRow(4, null, "userImport.row.unclosedQuote", List.of("7"));
        assertThat(noUser.message(Locale.ENGLISH))
                .isEqualTo("Line 4: Column 7 opens a double quote that is not closed on the same line.");
        RejectedRow sharedRule = new RejectedRow(5, "u", "account.field.required", List.of("roles"));
        assertThat(sharedRule.reason(Locale.GERMAN)).isEqualTo("roles muss angegeben werden.");
    }

    @Test
    void valueObjectsAreImmutableCopies() {
        Set<String> roles = new java.util.LinkedHashSet<>(List.of("SERVICE_MANAGER", "ORGANIZATION_ADMIN"));
        UserCsvRow row = new UserCsvRow(1, "u", "u@example.com", "en", null, null, null, roles);
        roles.clear();
        assertThat(row.roles()).containsExactly("SERVICE_MANAGER", "ORGANIZATION_ADMIN");
        assertThat(new UserCsvRow(1, "u", "u@example.com", "en", null, null, null, null).roles())
                .isEmpty();
        assertThat(new RejectedRow(1, null, "k", null).params()).isEmpty();
    }
}
