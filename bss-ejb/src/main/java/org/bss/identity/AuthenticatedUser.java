package org.bss.identity;

import java.util.Locale;
import java.util.Set;

/** A user whose credentials were just verified. */
public record AuthenticatedUser(long userKey, String userId, Set<String> roles, Locale locale) {
    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}
