package org.bss.identity.token;

import java.time.Instant;
import java.util.Set;

/**
 * What a BSS token says, after its signature was checked. {@code family} names the login the token descends from:
 * issuing starts a family, every refresh carries it on (refresh-token rotation, RFC 6819 §5.2.2.3).
 */
record TokenClaims(
        String jti,
        TokenType type,
        String family,
        long userKey,
        String userId,
        Set<String> groups,
        Instant issuedAt,
        Instant expiresAt) {
    TokenClaims {
        groups = Set.copyOf(groups);
    }
}
