package org.bss.identity.token;

import java.util.Set;

/** The caller a valid access token stands for: user key (the principal name), user id and groups (roles). */
public record TokenCaller(long userKey, String userId, Set<String> groups) {
    public TokenCaller {
        groups = Set.copyOf(groups);
    }

    /** The principal name BSS uses everywhere: the user key in decimal. */
    public String principalName() {
        return Long.toString(userKey);
    }
}
