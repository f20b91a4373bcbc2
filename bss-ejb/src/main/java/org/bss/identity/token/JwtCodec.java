package org.bss.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs and verifies BSS tokens: compact JWS, HS256. The HMAC key is SHA-256 of the UTF-8 bytes of
 * API_SECRET_KEY, so any secret length gives the 256-bit key HS256 needs. Only the signature and the
 * shape are checked here; expiry, type and revocation are {@link TokenRules}' business.
 */
final class JwtCodec {

    static final String ISSUER = "bss";
    static final String CLAIM_UPN = "upn";
    static final String CLAIM_GROUPS = "groups";
    static final String CLAIM_TYPE = "typ";
    /** The token family (the login it descends from), as a session id (the registered JWT claim "sid"). */
    static final String CLAIM_FAMILY = "sid";

    private final byte[] key;
    private final MACVerifier verifier;

    JwtCodec(String secret) {
        this.key = deriveKey(secret);
        try {
            this.verifier = new MACVerifier(key); // thread-safe: built once per secret, not per request
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot verify with this key", e);
        }
    }

    String sign(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(claims.userKey()))
                .claim(CLAIM_UPN, claims.userId())
                .claim(CLAIM_GROUPS, new ArrayList<>(new TreeSet<>(claims.groups())))
                .jwtID(claims.jti())
                .claim(CLAIM_TYPE, claims.type().claim())
                .claim(CLAIM_FAMILY, claims.family())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                set);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }

    /**
     * @return the claims of a token with a valid HS256 signature by this key and the BSS shape
     * @throws InvalidTokenException when it is not such a token (malformed, other algorithm, tampered, foreign)
     */
    TokenClaims verify(String token) throws InvalidTokenException {
        if (token == null || token.isBlank() || token.length() > 8192) {
            throw new InvalidTokenException("empty or oversized token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.trim());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new InvalidTokenException("algorithm " + jwt.getHeader().getAlgorithm());
            }
            if (!jwt.verify(verifier)) {
                throw new ForeignSignatureException();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            TokenType type = TokenType.fromClaim(set.getStringClaim(CLAIM_TYPE));
            List<String> groups = set.getStringListClaim(CLAIM_GROUPS);
            String family = set.getStringClaim(CLAIM_FAMILY);
            if (!ISSUER.equals(set.getIssuer())
                    || type == null
                    || family == null
                    || set.getJWTID() == null
                    || set.getSubject() == null
                    || set.getIssueTime() == null
                    || set.getExpirationTime() == null) {
                throw new InvalidTokenException("missing claims");
            }
            return new TokenClaims(
                    set.getJWTID(),
                    type,
                    family,
                    Long.parseLong(set.getSubject()),
                    set.getStringClaim(CLAIM_UPN),
                    groups == null ? Set.of() : Set.copyOf(groups),
                    set.getIssueTime().toInstant(),
                    set.getExpirationTime().toInstant());
        } catch (ParseException | JOSEException | NumberFormatException e) {
            throw new InvalidTokenException(e.toString());
        }
    }

    private static byte[] deriveKey(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("no signing secret");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token that is not a valid BSS token; the reason is for logs only. */
    static class InvalidTokenException extends Exception {
        InvalidTokenException(String reason) {
            super(reason);
        }
    }

    /** A well-formed token whose signature is not by this key: tampered, foreign, or signed with another secret. */
    static final class ForeignSignatureException extends InvalidTokenException {
        ForeignSignatureException() {
            super("bad signature");
        }
    }
}
