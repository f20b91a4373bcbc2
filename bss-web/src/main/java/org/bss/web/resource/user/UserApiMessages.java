package org.bss.web.resource.user;

import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem details that only the user endpoints give (English; {@code _de}, {@code _ja} beside it). They live with
 * these resources as a class bundle so that the feature does not edit the shared bundle of the REST layer.
 */
public class UserApiMessages extends ListResourceBundle {

    static final String UNKNOWN_FIELD = "unknownField";
    static final String CSV_MEDIA_TYPE = "csvMediaType";
    static final String CSV_CHARSET = "csvCharset";
    static final String[] KEYS = {UNKNOWN_FIELD, CSV_MEDIA_TYPE, CSV_CHARSET};

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {UNKNOWN_FIELD, "The field \"{0}\" is not known here. Fields of this request: {1}."},
            {CSV_MEDIA_TYPE, "The request body must be a CSV file sent as Content-Type: text/csv, not {0}."},
            {CSV_CHARSET, "The CSV file must be UTF-8 (Content-Type: text/csv; charset=UTF-8), not {0}."},
        };
    }

    /** The text of {@code key} in {@code locale} (en, de, ja; English otherwise) with its arguments. */
    static String text(Locale locale, String key, Object... arguments) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(UserApiMessages.class.getName(), effective,
                    UserApiMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_CLASS));
            return new MessageFormat(bundle.getString(key), effective).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
