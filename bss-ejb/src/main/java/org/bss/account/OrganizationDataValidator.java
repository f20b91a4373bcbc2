package org.bss.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bss.common.ValidationException;

/**
 * The field limits of table 5.2 (ORG-4), pure. Each error names the org.properties key and what it accepts
 * (message keys account.field.*, localized in en, de, ja).
 */
public final class OrganizationDataValidator {

    public static final int USER_ID_MAX = 100;
    public static final int EMAIL_MAX = 100;
    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 255;
    public static final int URL_MAX = 255;
    public static final int PHONE_MAX = 50;
    public static final int DESCRIPTION_MAX = 2000;
    /** Characters a user id must not contain (ORG-4). */
    public static final String USER_ID_FORBIDDEN = "!\"#$%&'*+,/:;<=>?\\^`";
    /** Languages BSS supports. */
    public static final List<String> LOCALES = List.of("en", "de", "ja");

    public static final List<String> SALUTATIONS = List.of("MR", "MS");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    // A practical RFC 5322 subset: dot-atom local part, host name with at least one dot and an alphabetic TLD.
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]+");

    private OrganizationDataValidator() {}

    /** Validates the organization fields. */
    public static void validate(OrganizationData org) {
        required("organization.name", org.name());
        maxLength("organization.name", org.name(), NAME_MAX);
        email("organization.email", org.email(), false);
        maxLength("organization.address", org.address(), ADDRESS_MAX);
        phone("organization.phone", org.phone());
        url("organization.url", org.url());
        maxLength("organization.description", org.description(), DESCRIPTION_MAX);
        if (present(org.domicile()) && !COUNTRIES.contains(org.domicile())) {
            throw new ValidationException("account.field.country", "organization.domicile", org.domicile());
        }
        locale("organization.locale", org.locale());
    }

    /**
     * A user id as it is stored and compared: Unicode NFC, so that "é" typed as one character or as "e" + accent is the
     * same id (USR-2). Every adapter's user id passes here before {@link #userId} checks it; null stays null.
     */
    public static String normalizedUserId(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * A user id (≤100 characters, none of {@link #USER_ID_FORBIDDEN}, not blank; ORG-4), and nothing that shows as
     * something else: no control, format (bidirectional overrides such as U+202E, zero-width characters, U+FEFF) or
     * line-separator characters and no unpaired surrogate, so that two ids that look alike are the same id.
     */
    public static void userId(String field, String value) {
        required(field, value);
        maxLength(field, value, USER_ID_MAX);
        for (int i = 0; i < value.length(); i++) {
            if (USER_ID_FORBIDDEN.indexOf(value.charAt(i)) >= 0 || Character.isISOControl(value.charAt(i))) {
                throw new ValidationException(
                        "account.field.forbiddenChars", field, spaced(USER_ID_FORBIDDEN), visible(value));
            }
        }
        value.codePoints()
                .filter(OrganizationDataValidator::isInvisible)
                .findFirst()
                .ifPresent(c -> {
                    throw new ValidationException("account.field.invisibleChars", field, codePoint(c), visible(value));
                });
        if (!value.strip().equals(value)) {
            throw new ValidationException("account.field.blankEdges", field, value);
        }
    }

    /** Characters that change how the text around them shows, or that show nothing. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The value with every control and invisible character written as U+XXXX, so a message cannot be spoofed and a
     * stored copy holds no character the database refuses (U+0000).
     */
    public static String visible(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (isInvisible(c) || Character.isISOControl(c)) {
                b.append(codePoint(c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** Whether an e-mail address has the accepted syntax (without the length limit). */
    public static boolean isEmailAddress(String value) {
        return value != null && EMAIL.matcher(value).matches() && !value.contains("..");
    }

    /** A user's e-mail address: required, at most {@link #EMAIL_MAX} characters, accepted syntax (ORG-4, USR-5). */
    public static void userEmail(String field, String value) {
        email(field, value, true);
    }

    /** A user's first or last name: may be absent, at most {@link #NAME_MAX} characters (ORG-4, USR-5). */
    public static void userName(String field, String value) {
        maxLength(field, value, NAME_MAX);
    }

    private static void email(String field, String value, boolean mandatory) {
        if (mandatory) {
            required(field, value);
        } else if (!present(value)) {
            return;
        }
        if (value.length() > EMAIL_MAX || !isEmailAddress(value)) {
            throw new ValidationException("account.field.email", field, String.valueOf(EMAIL_MAX), value);
        }
    }

    /** A phone number: may be absent, at most {@link #PHONE_MAX} characters of digits, + - ( ) and blanks. */
    public static void phone(String field, String value) {
        if (present(value)
                && (value.length() > PHONE_MAX || !PHONE.matcher(value).matches())) {
            throw new ValidationException("account.field.phone", field, String.valueOf(PHONE_MAX), value);
        }
    }

    private static void url(String field, String value) {
        if (!present(value)) {
            return;
        }
        boolean ok = value.length() <= URL_MAX;
        if (ok) {
            try {
                URI uri = new URI(value);
                ok = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null
                        && !uri.getHost().isEmpty();
            } catch (URISyntaxException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new ValidationException("account.field.url", field, String.valueOf(URL_MAX), value);
        }
    }

    /** A locale: may be absent, else one of the platform's languages. */
    public static void locale(String field, String value) {
        if (present(value)) {
            oneOf(field, value, LOCALES);
        }
    }

    /** One of the allowed values, case-sensitive. */
    public static void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ValidationException("account.field.oneOf", field, String.join(", ", allowed), value);
        }
    }

    /** Present and not blank. */
    public static void required(String field, String value) {
        if (!present(value)) {
            throw new ValidationException("account.field.required", field);
        }
    }

    /** At most {@code max} characters (code points). */
    public static void maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new ValidationException(
                    "account.field.tooLong",
                    field,
                    String.valueOf(max),
                    String.valueOf(value.codePointCount(0, value.length())));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String spaced(String chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(chars.charAt(i));
        }
        return b.toString();
    }
}
