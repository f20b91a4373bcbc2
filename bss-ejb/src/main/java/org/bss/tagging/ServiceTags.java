package org.bss.tagging;

import java.util.List;
import java.util.Locale;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.MarketableService;

/**
 * A service's tags in one language: the localized tags of its technical service (the technical-services file's
 * LocalizedTag elements), each once, as written without surrounding spaces. A tag without a locale counts as English.
 */
public final class ServiceTags {

    private ServiceTags() {}

    /** The service's tags in the language of {@code locale} (en, de, ja, or a tag such as en-US). */
    public static List<String> of(MarketableService service, String locale) {
        return inLanguage(service.getTechnicalService().definition().texts().tags(), locale);
    }

    static List<String> inLanguage(List<LocalizedText> tags, String locale) {
        String wanted = language(locale);
        return tags.stream()
                .filter(t -> language(t.locale()).equals(wanted))
                .map(t -> t.text() == null ? "" : t.text().strip())
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static String language(String locale) {
        return locale == null || locale.isBlank()
                ? "en"
                : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    }
}
