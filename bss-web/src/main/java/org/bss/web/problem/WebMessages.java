package org.bss.web.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the REST layer ({@code org/bss/web/messages}, en/de/ja) and the caller's language. */
public final class WebMessages {

    private static final String BUNDLE = "org.bss.web.messages";
    private static final List<String> SUPPORTED = List.of("en", "de", "ja");

    private WebMessages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    effective,
                    WebMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), effective).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The first supported language of an Accept-Language list (already ordered by quality); English otherwise. */
    public static Locale choose(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if (l != null && SUPPORTED.contains(l.getLanguage())) {
                    return Locale.forLanguageTag(l.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Same for a raw Accept-Language header. */
    public static Locale choose(String acceptLanguageHeader) {
        if (acceptLanguageHeader == null || acceptLanguageHeader.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguageHeader);
            Locale best = Locale.lookup(
                    ranges, SUPPORTED.stream().map(Locale::forLanguageTag).toList());
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
