package org.bss.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyser of each indexed locale: ja Japanese (kuromoji morphological analysis in search mode, so compounds are
 * also found by their parts), en English (Porter stemming, English stop words), de German (light stemming, umlaut
 * folding, German stop words). The text fields of a locale carry its name as suffix ({@link ServiceDocument#field}).
 */
public final class SearchAnalyzers {

    /** The query-side analysers, one per locale (analysers are thread-safe; building one per query is not free). */
    private static final Map<String, Analyzer> FOR_QUERIES = new ConcurrentHashMap<>();

    private SearchAnalyzers() {}

    /** The shared analyser of a locale for parsing queries. */
    static Analyzer forQueries(String locale) {
        return FOR_QUERIES.computeIfAbsent(locale, SearchAnalyzers::of);
    }

    /** A new analyser of a locale; an unknown one gets the standard analyser. */
    public static Analyzer of(String locale) {
        return switch (locale) {
            case "ja" -> new JapaneseAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "en" -> new EnglishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    /** The index's analyser: each locale's text fields with the locale's analyser. */
    public static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String locale : ServiceListings.LOCALES) {
            Analyzer analyzer = of(locale);
            for (String field : ServiceDocument.TEXT_FIELDS) {
                fields.put(ServiceDocument.field(field, locale), analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }
}
