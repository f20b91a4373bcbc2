package org.bss.web.resource.tagging;

import jakarta.ws.rs.core.HttpHeaders;
import org.bss.tagging.CategoryNames;
import org.bss.web.problem.WebMessages;

/** The locale of a read: the query parameter (en, de, ja), else the best of the Accept-Language. */
final class Locales {

    private Locales() {}

    static String of(String locale, HttpHeaders headers) {
        if (locale == null || locale.isEmpty()) {
            return WebMessages.choose(headers.getAcceptableLanguages()).getLanguage();
        }
        return CategoryNames.checkLocale(locale);
    }
}
