package org.bss.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.identity.AuthenticatedUser;

/**
 * The token rules of API-1..4, free of container types so they are unit-tested with a fixed clock
 * and an in-memory store:
 * <ul>
 * <li>a pair is an access and a refresh token (JWT, HS256), with iat/exp from the BSS clock;</li>
 * <li>one active pair per user: issuing or refreshing replaces (revokes) the previous pair;</li>
 * <li>an access token is accepted only while signed by the current secret, of type access, not expired
 *     by the BSS clock (so moving the test clock expires it) and still the user's active one;</li>
 * <li>a refresh token likewise, once: refreshing rotates both tokens, for a user who may still hold tokens (not
 *     deleted, not locked, no password change due), with the user's current roles;</li>
 * <li>a pair descends from a login (its family, claim {@code sid}); a refresh token of the active family that is no
 *     longer the active one was used twice, by its holder and by someone else: the family is revoked
 *     (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14.2).</li>
 * </ul>
 */
final class TokenRules {

    private static final Logger LOG = LogManager.getLogger(TokenRules.class);

    private final Clock clock;
    private final TokenSettings settings;
    private final ActiveTokenStore store;
    private final JwtCodec codec;

    TokenRules(Clock clock, TokenSettings settings, ActiveTokenStore store) {
        this(clock, settings, new JwtCodec(settings.secret()), store);
    }

    /** Rules with a codec made before (the remembered one, {@link SigningSecret}), for verification. */
    TokenRules(Clock clock, TokenSettings settings, JwtCodec codec, ActiveTokenStore store) {
        this.clock = clock;
        this.settings = settings;
        this.store = store;
        this.codec = codec;
    }

    /** A new pair, the first of a new family, for a user whose credentials (and password state) were just verified. */
    TokenPair issue(AuthenticatedUser user) {
        return newPair(user, UUID.randomUUID().toString());
    }

    /**
     * A new pair of the same family for the holder of the user's active refresh token; the old pair is revoked.
     *
     * @param holders the user as it may hold tokens now (current roles), or empty when it may not (deleted, locked,
     *     password change due)
     * @throws TokenRefusedException not the active refresh token; a {@link RevokingRefusal} when the refusal also
     *     revoked the user's pair (a reused refresh token, or a user who may no longer hold tokens)
     */
    TokenPair refresh(String refreshToken, LongFunction<Optional<AuthenticatedUser>> holders) {
        TokenClaims claims = accept(refreshToken, TokenType.REFRESH, true);
        Optional<AuthenticatedUser> holder = holders.apply(claims.userKey());
        if (holder.isEmpty()) {
            store.remove(claims.userKey());
            LOG.debug("refresh refused: user {} may no longer hold tokens", claims.userKey());
            throw new RevokingRefusal();
        }
        return newPair(holder.get(), claims.family());
    }

    /**
     * Revokes the pair the token belongs to (access or refresh token), if it is still the active one.
     * Unknown, foreign or already revoked tokens are ignored (RFC 7009 §2.2); expiry does not matter.
     */
    void revoke(String token) {
        TokenClaims claims;
        try {
            claims = codec.verify(token);
        } catch (JwtCodec.InvalidTokenException e) {
            LOG.debug("revoke: ignoring invalid token: {}", e.getMessage());
            return;
        }
        Optional<ActiveTokens> active = store.find(claims.userKey(), true);
        if (active.isPresent() && isActive(claims, active.get())) {
            store.remove(claims.userKey());
        }
    }

    /** The caller of a valid, active access token. */
    TokenCaller verifyAccess(String accessToken) {
        TokenClaims claims = accept(accessToken, TokenType.ACCESS, false);
        return new TokenCaller(claims.userKey(), claims.userId(), claims.groups());
    }

    private TokenClaims accept(String token, TokenType expected, boolean forUpdate) {
        TokenClaims claims;
        try {
            claims = codec.verify(token);
        } catch (JwtCodec.ForeignSignatureException e) {
            LOG.debug("token refused: not signed with this secret");
            throw new ForeignSignatureRefusal();
        } catch (JwtCodec.InvalidTokenException e) {
            throw refused("invalid token (" + e.getMessage() + ")");
        }
        if (claims.type() != expected) {
            throw refused("token of type " + claims.type() + " where " + expected + " was expected, user "
                    + claims.userKey());
        }
        Instant now = clock.instant();
        if (!now.isBefore(claims.expiresAt())) {
            throw refused(expected + " token expired at " + claims.expiresAt() + " (now " + now + "), user "
                    + claims.userKey());
        }
        Optional<ActiveTokens> active = store.find(claims.userKey(), forUpdate);
        if (active.isEmpty() || !isActive(claims, active.get())) {
            if (expected == TokenType.REFRESH
                    && active.isPresent()
                    && claims.family().equals(active.get().family())) {
                store.remove(claims.userKey());
                BssLog.audit().warn(LogMessage.REFRESH_TOKEN_REUSED, claims.userKey(), claims.userId());
                throw new RevokingRefusal();
            }
            throw refused(expected + " token " + claims.jti() + " was revoked, user " + claims.userKey());
        }
        return claims;
    }

    private static boolean isActive(TokenClaims claims, ActiveTokens active) {
        return claims.type() == TokenType.ACCESS
                ? claims.jti().equals(active.accessJti())
                : claims.jti().equals(active.refreshJti());
    }

    private TokenPair newPair(AuthenticatedUser user, String family) {
        long userKey = user.userKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant accessExpiry = now.plus(settings.accessLifetime());
        Instant refreshExpiry = now.plus(settings.refreshLifetime());
        String accessJti = UUID.randomUUID().toString();
        String refreshJti = UUID.randomUUID().toString();
        Set<String> groups = user.roles();
        String access = codec.sign(new TokenClaims(
                accessJti, TokenType.ACCESS, family, userKey, user.userId(), groups, now, accessExpiry));
        String refresh = codec.sign(new TokenClaims(
                refreshJti, TokenType.REFRESH, family, userKey, user.userId(), groups, now, refreshExpiry));
        store.replace(new ActiveTokens(userKey, family, accessJti, accessExpiry, refreshJti, refreshExpiry, now));
        return new TokenPair(
                access,
                refresh,
                settings.accessLifetime().toSeconds(),
                settings.refreshLifetime().toSeconds());
    }

    private static TokenRefusedException refused(String reason) {
        LOG.debug("token refused: {}", reason);
        return new TokenRefusedException();
    }

    /** Refused because the signature is not by the secret these rules were given (a changed secret, or forged). */
    static final class ForeignSignatureRefusal extends TokenRefusedException {}
}
