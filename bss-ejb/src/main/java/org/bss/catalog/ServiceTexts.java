package org.bss.catalog;

import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;

/**
 * A service's texts in one locale (en, de, ja), as a supplier enters them: name ≤ 100, short description ≤ 255,
 * description ≤ 2,000 characters; an empty text is none.
 */
public record ServiceTexts(String locale, String name, String shortDescription, String description) {

    public static final int NAME_MAX = 100;
    public static final int SHORT_DESCRIPTION_MAX = 255;
    public static final int DESCRIPTION_MAX = 2000;

    public ServiceTexts {
        if (locale == null || !OrganizationDataValidator.LOCALES.contains(locale)) {
            throw new ValidationException(
                    "catalog.service.locale",
                    String.valueOf(locale),
                    String.join(", ", OrganizationDataValidator.LOCALES));
        }
        name = limited("name", name, NAME_MAX);
        shortDescription = limited("shortDescription", shortDescription, SHORT_DESCRIPTION_MAX);
        description = limited("description", description, DESCRIPTION_MAX);
    }

    private static String limited(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new ValidationException("catalog.service.tooLong", field, String.valueOf(max));
        }
        return text;
    }
}
