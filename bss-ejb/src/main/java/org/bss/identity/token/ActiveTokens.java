package org.bss.identity.token;

import java.time.Instant;

/**
 * The one active token pair of a user (API-3): the ids (jti) and expiries of its access and refresh token, and the
 * family (login) it descends from.
 */
record ActiveTokens(
        long userKey,
        String family,
        String accessJti,
        Instant accessExpiresAt,
        String refreshJti,
        Instant refreshExpiresAt,
        Instant issuedAt) {}
