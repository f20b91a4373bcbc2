package org.bss.ws.tagging;

import java.util.Locale;
import org.bss.account.OrganizationDataValidator;

/**
 * The language of a locale the contract passes as a string ({@code en}, {@code de_DE}, {@code ja-JP}): one of en, de,
 * ja; anything else reads English (the operations that take it declare no fault for a bad one).
 */
public final class SoapLocales {

    private SoapLocales() {}

    public static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return "en";
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return OrganizationDataValidator.LOCALES.contains(language) ? language : "en";
    }
}
