package org.bss.identity.csv;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One accepted line of a user file (App. F). Optional fields that were empty are null; {@code roles} keeps the
 * order of the file and is empty when the roles column was empty or missing.
 */
public record UserCsvRow(
        int line,
        String userId,
        String email,
        String locale,
        String salutation,
        String firstName,
        String lastName,
        Set<String> roles) {

    public UserCsvRow {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }
}
