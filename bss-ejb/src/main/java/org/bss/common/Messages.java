package org.bss.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves message keys of {@code org/bss/common/messages} in en, de and ja (English fallback). */
public final class Messages {

    private static final String BUNDLE = "org.bss.common.messages";

    private Messages() {}

    public static String format(Locale locale, String key, Object... arguments) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    effective,
                    Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), effective).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
