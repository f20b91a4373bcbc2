package org.bss.identity;

import java.util.Locale;
import java.util.Set;

/**
 * Result of one credential check. {@code user} is set only for {@link Status#OK}.
 */
public record LoginCheck(Status status, Snapshot user) {

    public enum Status {
        OK,
        UNKNOWN_USER,
        WRONG_PASSWORD,
        LOCKED
    }

    /** What callers need of a verified user, detached from the persistence context. */
    public record Snapshot(
            long userKey, String userId, Set<String> roles, Locale locale, boolean passwordChangeRequired) {
        public Snapshot {
            roles = Set.copyOf(roles);
        }

        public AuthenticatedUser toAuthenticatedUser() {
            return new AuthenticatedUser(userKey, userId, roles, locale);
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
