package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every account.* message key exists in en, de and ja, translated (not copied from English). */
class AccountMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccountMessagesTest.class.getResourceAsStream("/org/bss/common/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> accountKeys(Properties p) {
        return p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("account."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void keysInAllThreeLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Properties ja = load("messages_ja.properties");
        assertThat(accountKeys(en)).hasSizeGreaterThan(20);
        assertThat(accountKeys(de)).isEqualTo(accountKeys(en));
        assertThat(accountKeys(ja)).isEqualTo(accountKeys(en));
        for (String key : accountKeys(en)) {
            assertThat(de.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            assertThat(ja.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            assertThat(en.getProperty(key) + de.getProperty(key) + ja.getProperty(key))
                    .as(key)
                    .doesNotContain("'");
        }
    }
}
