package org.bss.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What each locale's analyser makes of a text. */
class SearchAnalyzersTest {

    @Test
    void japaneseIsSplitIntoWords() throws IOException {
        assertThat(tokens("ja", "東京データ分析サービス")).contains("東京", "データ", "分析", "サービス");
    }

    @Test
    void englishIsStemmedWithoutStopWords() throws IOException {
        assertThat(tokens("en", "The Services of the Suppliers")).containsExactly("servic", "supplier");
    }

    @Test
    void germanIsStemmedAndUmlautsAreFolded() throws IOException {
        assertThat(tokens("de", "Die Dateien der Büros")).containsExactly("datei", "buros");
    }

    @Test
    void theIndexUsesEachLocalesAnalyserForItsFields() throws IOException {
        try (Analyzer index = SearchAnalyzers.perField()) {
            assertThat(tokens(index, "name_de", "Dateien")).containsExactly("datei");
            assertThat(tokens(index, "name_en", "Dateien")).containsExactly("dateien");
            assertThat(tokens(index, "tags_ja", "東京データ")).contains("東京", "データ");
        }
    }

    private static List<String> tokens(String locale, String text) throws IOException {
        try (Analyzer analyzer = SearchAnalyzers.of(locale)) {
            return tokens(analyzer, "name_" + locale, text);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
