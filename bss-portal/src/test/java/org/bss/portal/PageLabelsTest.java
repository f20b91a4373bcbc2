package org.bss.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page's labels exist in en, de and ja, and Japanese pages show Japanese: the label set of each page is the same
 * in the three languages and no Japanese label is the English text (besides the languages' own names).
 */
class PageLabelsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern LABEL = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("account.language.en", "account.language.de");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theLabelsOfThePageExistInEveryLanguage(Path page) throws IOException {
        Set<String> labels = labels(page);
        for (String language : List.of("", "_de", "_ja")) {
            Properties bundle = load("messages" + language + ".properties");
            assertThat(bundle.stringPropertyNames())
                    .as("labels of %s in messages%s", WEBAPP.relativize(page), language)
                    .containsAll(labels);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void japaneseLabelsAreNotTheEnglishOnes(Path page) throws IOException {
        Properties english = load("messages.properties");
        Properties japanese = load("messages_ja.properties");
        for (String label : labels(page)) {
            if (!SAME_IN_EVERY_LANGUAGE.contains(label)
                    && english.getProperty(label).matches(".*[A-Za-z]{3}.*")) {
                assertThat(japanese.getProperty(label))
                        .as("%s on %s", label, WEBAPP.relativize(page))
                        .isNotEqualTo(english.getProperty(label));
            }
        }
    }

    private static Set<String> labels(Path page) throws IOException {
        Set<String> labels = new TreeSet<>();
        Matcher m = LABEL.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageLabelsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
