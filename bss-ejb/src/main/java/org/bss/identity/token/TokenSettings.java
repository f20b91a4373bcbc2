package org.bss.identity.token;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings the token rules read: signing secret (API_SECRET_KEY) and lifetimes
 * (API_ACCESS_TOKEN_EXPIRES, API_REFRESH_TOKEN_EXPIRES, in seconds).
 */
record TokenSettings(String secret, Duration accessLifetime, Duration refreshLifetime) {

    static final Duration DEFAULT_ACCESS = Duration.ofHours(1);
    static final Duration DEFAULT_REFRESH = Duration.ofDays(30);

    TokenSettings {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("API_SECRET_KEY is not set: the API cannot sign tokens");
        }
        Objects.requireNonNull(accessLifetime);
        Objects.requireNonNull(refreshLifetime);
        if (accessLifetime.isNegative()
                || accessLifetime.isZero()
                || refreshLifetime.isNegative()
                || refreshLifetime.isZero()) {
            throw new IllegalStateException("token lifetimes must be positive");
        }
    }

    /**
     * The settings for verifying a token: the secret only. Verification takes the expiry from the token itself, so
     * the lifetimes (the defaults here) are never used; issuing and refreshing read them ({@link #of}).
     */
    static TokenSettings forVerification(String secret) {
        return new TokenSettings(secret, DEFAULT_ACCESS, DEFAULT_REFRESH);
    }

    /** Builds the settings from raw setting values; a missing or unparsable lifetime falls back to its default. */
    static TokenSettings of(String secret, String accessSeconds, String refreshSeconds) {
        return new TokenSettings(
                secret, seconds(accessSeconds, DEFAULT_ACCESS), seconds(refreshSeconds, DEFAULT_REFRESH));
    }

    private static Duration seconds(String value, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long s = Long.parseLong(value.trim());
            return s > 0 ? Duration.ofSeconds(s) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
