package org.bss.identity.csv;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;

/**
 * Turns the fields of one line into a {@link UserCsvRow}, applying the user rules of ORG-4 (shared with
 * {@link OrganizationDataValidator}) and those of App. F. Every value is trimmed; an empty optional value is absent.
 * Field names in the messages are those of the user API (userId, email, locale, ...).
 */
final class UserRowReader {

    static final int MIN_COLUMNS = 3;
    static final int MAX_COLUMNS = 7;

    private final Set<String> languages;
    private final String languageList;
    private final boolean rolesRequired;

    UserRowReader(Set<String> languages, boolean rolesRequired) {
        this.languages = Set.copyOf(languages);
        this.languageList = String.join(", ", new TreeSet<>(languages));
        this.rolesRequired = rolesRequired;
    }

    /** @throws ValidationException the first rule the line breaks */
    UserCsvRow read(int line, List<String> fields) {
        if (fields.size() < MIN_COLUMNS || fields.size() > MAX_COLUMNS) {
            throw new ValidationException(
                    "userImport.row.columns",
                    String.valueOf(MIN_COLUMNS),
                    String.valueOf(MAX_COLUMNS),
                    String.valueOf(fields.size()));
        }
        String userId = userId(fields);
        OrganizationDataValidator.userId("userId", userId);
        String email = value(fields, 1);
        OrganizationDataValidator.userEmail("email", email);
        String locale = value(fields, 2);
        if (locale == null) {
            throw new ValidationException("account.field.required", "locale");
        }
        if (!languages.contains(locale)) {
            throw new ValidationException("account.field.oneOf", "locale", languageList, locale);
        }
        String salutation = value(fields, 3);
        if (salutation != null && !OrganizationDataValidator.SALUTATIONS.contains(salutation)) {
            throw new ValidationException(
                    "account.field.oneOf",
                    "salutation",
                    String.join(", ", OrganizationDataValidator.SALUTATIONS),
                    salutation);
        }
        String firstName = value(fields, 4);
        OrganizationDataValidator.userName("firstName", firstName);
        String lastName = value(fields, 5);
        OrganizationDataValidator.userName("lastName", lastName);
        return new UserCsvRow(line, userId, email, locale, salutation, firstName, lastName, roles(value(fields, 6)));
    }

    /** The trimmed user id of a line in NFC, or null when it has none; also names rejected lines and finds duplicates. */
    static String userId(List<String> fields) {
        return OrganizationDataValidator.normalizedUserId(value(fields, 0));
    }

    private Set<String> roles(String list) {
        if (list == null) {
            if (rolesRequired) {
                throw new ValidationException("account.field.required", "roles");
            }
            return Set.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String entry : list.split(",", -1)) {
            String role = entry.strip();
            if (role.isEmpty()) {
                throw new ValidationException("userImport.row.emptyRole", list);
            }
            if (!UserCsvParser.isKnownRole(role)) {
                throw new ValidationException(
                        "userImport.row.unknownRole", role, String.join(", ", UserCsvParser.USER_ROLES));
            }
            roles.add(role);
        }
        return roles;
    }

    private static String value(List<String> fields, int index) {
        if (index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
