package org.bss.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwtCodecTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final JwtCodec codec = new JwtCodec(SECRET);

    private TokenClaims claims(TokenType type) {
        return new TokenClaims(
                "jti-1",
                type,
                "family-1",
                1000L,
                "administrator",
                Set.of("PLATFORM_OPERATOR", "LOGGED_IN"),
                T0,
                T0.plusSeconds(3600));
    }

    @Test
    void signedTokenVerifiesWithItsClaims() throws Exception {
        String token = codec.sign(claims(TokenType.ACCESS));

        assertThat(token.split("\\.", -1)).hasSize(3);
        SignedJWT parsed = SignedJWT.parse(token);
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        JWTClaimsSet set = parsed.getJWTClaimsSet();
        assertThat(set.getSubject()).isEqualTo("1000");
        assertThat(set.getStringClaim("upn")).isEqualTo("administrator");
        assertThat(set.getStringListClaim("groups")).containsExactly("LOGGED_IN", "PLATFORM_OPERATOR");
        assertThat(set.getStringClaim("typ")).isEqualTo("access");
        assertThat(set.getStringClaim("sid")).isEqualTo("family-1");
        assertThat(set.getIssueTime().toInstant()).isEqualTo(T0);
        assertThat(set.getExpirationTime().toInstant()).isEqualTo(T0.plusSeconds(3600));

        TokenClaims back = codec.verify(token);
        assertThat(back).isEqualTo(claims(TokenType.ACCESS));
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = codec.sign(claims(TokenType.ACCESS));
        String[] parts = token.split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"administrator\"", "\"somebodyelse\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThatThrownBy(() -> codec.verify(forged)).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void tamperedSignatureIsRefused() {
        String token = codec.sign(claims(TokenType.ACCESS));
        char last = token.charAt(token.length() - 5);
        String forged = token.substring(0, token.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + token.substring(token.length() - 4);

        assertThatThrownBy(() -> codec.verify(forged)).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void tokenOfAnotherSecretIsRefused() {
        String token = new JwtCodec("another-secret-of-at-least-thirty-two-chars").sign(claims(TokenType.ACCESS));

        assertThatThrownBy(() -> codec.verify(token)).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void unsignedTokenIsRefused() {
        String plain = new PlainJWT(new JWTClaimsSet.Builder()
                        .issuer("bss")
                        .subject("1000")
                        .jwtID("x")
                        .claim("typ", "access")
                        .issueTime(Date.from(T0))
                        .expirationTime(Date.from(T0.plusSeconds(60)))
                        .build())
                .serialize();

        assertThatThrownBy(() -> codec.verify(plain)).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void foreignTokenWithoutBssClaimsIsRefused() throws Exception {
        byte[] key = java.security.MessageDigest.getInstance("SHA-256").digest(SECRET.getBytes(StandardCharsets.UTF_8));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder()
                        .subject("1000")
                        .expirationTime(Date.from(T0.plusSeconds(60)))
                        .build());
        jwt.sign(new MACSigner(key));

        assertThatThrownBy(() -> codec.verify(jwt.serialize())).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void tokenWithoutAFamilyIsRefused() throws Exception {
        byte[] key = java.security.MessageDigest.getInstance("SHA-256").digest(SECRET.getBytes(StandardCharsets.UTF_8));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder()
                        .issuer("bss")
                        .subject("1000")
                        .jwtID("x")
                        .claim("typ", "refresh")
                        .issueTime(Date.from(T0))
                        .expirationTime(Date.from(T0.plusSeconds(60)))
                        .build());
        jwt.sign(new MACSigner(key));

        assertThatThrownBy(() -> codec.verify(jwt.serialize())).isInstanceOf(JwtCodec.InvalidTokenException.class);
    }

    @Test
    void garbageIsRefused() {
        for (String garbage : new String[] {null, "", "   ", "abc", "a.b.c", "x".repeat(9000)}) {
            assertThatThrownBy(() -> codec.verify(garbage)).isInstanceOf(JwtCodec.InvalidTokenException.class);
        }
    }

    @Test
    void shortSecretsStillGiveA256BitKey() {
        JwtCodec shortSecret = new JwtCodec("short");
        String token = shortSecret.sign(claims(TokenType.REFRESH));

        assertThat(token).isNotBlank();
    }
}
