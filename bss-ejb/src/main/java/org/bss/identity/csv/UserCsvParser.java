package org.bss.identity.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;
import org.bss.identity.UserRoleRules;

/**
 * Reads a user file of App. F (USR-5): UTF-8, one user a line, no header, blank lines ignored; columns user id,
 * e-mail, language, salutation, first name, last name, roles. A line that breaks a rule is returned as a
 * {@link RejectedRow} with its line number and reason, the other lines as {@link UserCsvRow}s. Whether the target
 * organization may have a role is not checked here (the import service does that). Format: docs/user-import.md.
 */
public final class UserCsvParser {

    /** At most this many users (non-blank lines) in one file. */
    public static final int MAX_ROWS = 100_000;
    /** The user roles of USR-4 a file may name, case-sensitive (not the technical LOGGED_IN). */
    public static final Set<String> USER_ROLES = UserRoleRules.USER_ROLES;
    /** The platform's languages unless the caller passes others. */
    public static final Set<String> DEFAULT_LANGUAGES = Set.copyOf(OrganizationDataValidator.LOCALES);

    private final Set<String> languages;

    public UserCsvParser() {
        this(DEFAULT_LANGUAGES);
    }

    /** @param languages the language codes (case-sensitive) the platform supports */
    public UserCsvParser(Set<String> languages) {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("no languages");
        }
        this.languages = Set.copyOf(languages);
    }

    public static boolean isKnownRole(String role) {
        return UserRoleRules.isUserRole(role);
    }

    /**
     * @param rolesRequired whether every line must name at least one role (an organization administrator imports)
     * @throws ValidationException for the whole file: userImport.file.notUtf8 (naming the line),
     *         userImport.file.empty, userImport.file.tooManyRows (naming the first line over {@link #MAX_ROWS})
     */
    public UserCsvContent parse(byte[] data, boolean rolesRequired) {
        List<String> lines = Utf8Lines.split(data);
        UserRowReader reader = new UserRowReader(languages, rolesRequired);
        List<UserCsvRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> firstLineOfUserId = new HashMap<>();
        int count = 0;
        for (int index = 0; index < lines.size(); index++) {
            String text = lines.get(index);
            if (text.isBlank()) {
                continue;
            }
            int line = index + 1;
            if (++count > MAX_ROWS) {
                throw new ValidationException(
                        "userImport.file.tooManyRows", String.valueOf(MAX_ROWS), String.valueOf(line));
            }
            String userId = null;
            try {
                List<String> fields = CsvLine.fields(text);
                userId = UserRowReader.userId(fields);
                // Any earlier line with this id counts, even a rejected one: which of the two was meant is unclear.
                Integer earlier = userId == null ? null : firstLineOfUserId.putIfAbsent(userId, line);
                if (earlier != null) {
                    throw new ValidationException("userImport.row.duplicateUserId", userId, String.valueOf(earlier));
                }
                rows.add(reader.read(line, fields));
            } catch (ValidationException e) {
                rejected.add(new RejectedRow(
                        line,
                        userId,
                        e.messageKey(),
                        Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            }
        }
        if (count == 0) {
            throw new ValidationException("userImport.file.empty");
        }
        return new UserCsvContent(rows, rejected);
    }
}
