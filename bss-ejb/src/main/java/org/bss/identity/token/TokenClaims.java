package org.bss.identity.token;

import java.time.Instant;
import java.util.Set;

/** What a BSS token says, after its signature was checked. */
record TokenClaims(
        String jti,
        TokenType type,
        long userKey,
        String userId,
        Set<String> groups,
        Instant issuedAt,
        Instant expiresAt) {
    TokenClaims {
        groups = Set.copyOf(groups);
    }
}
