package org.bss.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message of the service layer exists in en, de and ja with the same placeholders, and the translations are
 * not English copies. A single quote would swallow MessageFormat placeholders, so none is allowed.
 */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/bss/common/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyInAllThreeLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Properties ja = load("messages_ja.properties");
        assertThat(new TreeSet<>(de.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            for (Properties other : new Properties[] {de, ja}) {
                String t = other.getProperty(key);
                assertThat(t).as(key).isNotBlank().doesNotContain("'");
                assertThat(placeholders(t)).as(key).isEqualTo(placeholders(e));
            }
            assertThat(ja.getProperty(key)).as(key).isNotEqualTo(e);
            assertThat(e).as(key).doesNotContain("'");
        }
    }

    private static int placeholders(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }
}
