package org.bss.identity.token;

/**
 * An access token and its refresh token, issued together; lifetimes in seconds (from the settings
 * API_ACCESS_TOKEN_EXPIRES and API_REFRESH_TOKEN_EXPIRES at issue time).
 */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, long refreshExpiresIn) {}
