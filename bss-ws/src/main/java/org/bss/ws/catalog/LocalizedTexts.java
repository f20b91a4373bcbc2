package org.bss.ws.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bss.catalog.LocalizedText;

/**
 * Which of a definition's texts a caller reads: the one in the caller's language, else the one without a language (the
 * file's default), else the English one, else the first. A VO carries one text per element, so one language is picked.
 */
final class LocalizedTexts {

    private LocalizedTexts() {}

    /** The text for the caller, or null when there is none. */
    static String pick(List<LocalizedText> texts, Locale caller) {
        String language = language(texts, caller);
        return texts.stream()
                .filter(t -> Objects.equals(languageOf(t), language))
                .map(LocalizedText::text)
                .findFirst()
                .orElse(null);
    }

    /** Every text of the picked language (tags: several per language). */
    static List<String> all(List<LocalizedText> texts, Locale caller) {
        String language = language(texts, caller);
        return texts.stream()
                .filter(t -> Objects.equals(languageOf(t), language))
                .map(LocalizedText::text)
                .toList();
    }

    /** The language picked for the caller (null: the texts without a language), or null when there are no texts. */
    private static String language(List<LocalizedText> texts, Locale caller) {
        String wanted = caller == null ? "" : caller.getLanguage();
        for (String candidate : new String[] {wanted, null, "en"}) {
            if (texts.stream().anyMatch(t -> Objects.equals(languageOf(t), candidate))) {
                return candidate;
            }
        }
        return texts.isEmpty() ? null : languageOf(texts.get(0));
    }

    private static String languageOf(LocalizedText text) {
        return text.locale() == null
                ? null
                : Locale.forLanguageTag(text.locale().replace('_', '-')).getLanguage();
    }
}
