package org.bss.tagging;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;

/**
 * The rules of a category (MKT-3, G.4 "Manage categories"): an id of 1–40 characters (letters, digits, spaces and
 * {@code ( ) - . @ [ ] _}, no leading or trailing space; unique per marketplace) and a name of 1–100 characters per
 * locale (en, de, ja). A category has a name in at least one locale.
 */
public final class CategoryNames {

    public static final int ID_MAX = 40;
    public static final int NAME_MAX = 100;

    private static final Pattern ID_CHARS = Pattern.compile("[\\p{L}\\p{M}\\p{N} ()\\-.@\\[\\]_]+");

    private CategoryNames() {}

    /** @throws ValidationException no id, too long, or characters an id may not have */
    public static String checkId(String id) {
        if (id == null || id.isBlank()) {
            throw new ValidationException("category.idRequired");
        }
        if (id.length() > ID_MAX) {
            throw new ValidationException("category.idTooLong", String.valueOf(ID_MAX));
        }
        if (!ID_CHARS.matcher(id).matches() || !id.strip().equals(id)) {
            throw new ValidationException("category.idChars", id);
        }
        return id;
    }

    /** @throws ValidationException a locale other than en, de, ja */
    public static String checkLocale(String locale) {
        if (locale == null || !OrganizationDataValidator.LOCALES.contains(locale)) {
            throw new ValidationException(
                    "category.locale", String.valueOf(locale), String.join(", ", OrganizationDataValidator.LOCALES));
        }
        return locale;
    }

    /** @throws ValidationException no name, or one too long */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("category.nameRequired");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX) {
            throw new ValidationException("category.nameTooLong", String.valueOf(NAME_MAX));
        }
        return stripped;
    }

    /**
     * Names by locale, each checked; an empty name in a locale is none there.
     *
     * @throws ValidationException a bad locale or name, or no name at all
     */
    public static Map<String, String> check(Map<String, String> names) {
        Map<String, String> checked = new TreeMap<>();
        if (names != null) {
            names.forEach((locale, name) -> {
                checkLocale(locale);
                if (name != null && !name.isBlank()) {
                    checked.put(locale, checkName(name));
                }
            });
        }
        if (checked.isEmpty()) {
            throw new ValidationException("category.nameRequired");
        }
        return checked;
    }
}
