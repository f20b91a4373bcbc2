package org.bss.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bss.common.AuthenticationException;
import org.bss.common.BssException;
import org.bss.identity.AuthenticatedUser;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final AuthenticatedUser ADMIN =
            new AuthenticatedUser(1000L, "administrator", Set.of("PLATFORM_OPERATOR", "LOGGED_IN"), Locale.ENGLISH);
    private static final AuthenticatedUser OTHER =
            new AuthenticatedUser(1001L, "other", Set.of("LOGGED_IN"), Locale.ENGLISH);

    private final MutableClock clock = new MutableClock(Instant.parse("2030-05-01T10:00:00Z"));
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final TokenRules rules = new TokenRules(clock, TokenSettings.of(SECRET, "3600", "2592000"), store);
    /** The users as they may hold tokens now (IdentityService.tokenHolder): absent when deleted, locked, must change. */
    private final Map<Long, AuthenticatedUser> holders = new HashMap<>(Map.of(1000L, ADMIN, 1001L, OTHER));

    @Test
    void issuedAccessTokenIdentifiesTheCaller() {
        TokenPair pair = rules.issue(ADMIN);

        assertThat(pair.expiresIn()).isEqualTo(3600);
        assertThat(pair.refreshExpiresIn()).isEqualTo(2592000);
        TokenCaller caller = rules.verifyAccess(pair.accessToken());
        assertThat(caller.userKey()).isEqualTo(1000L);
        assertThat(caller.principalName()).isEqualTo("1000");
        assertThat(caller.userId()).isEqualTo("administrator");
        assertThat(caller.groups()).containsExactlyInAnyOrder("PLATFORM_OPERATOR", "LOGGED_IN");
    }

    @Test
    void lifetimesComeFromTheSettingsWithDefaultsWhenUnset() {
        TokenPair custom = new TokenRules(clock, TokenSettings.of(SECRET, "60", "120"), store).issue(ADMIN);
        assertThat(custom.expiresIn()).isEqualTo(60);
        assertThat(custom.refreshExpiresIn()).isEqualTo(120);

        TokenPair defaults = new TokenRules(clock, TokenSettings.of(SECRET, null, ""), store).issue(ADMIN);
        assertThat(defaults.expiresIn()).isEqualTo(3600);
        assertThat(defaults.refreshExpiresIn()).isEqualTo(30L * 24 * 3600);
    }

    @Test
    void missingSecretIsAConfigurationError() {
        assertThatThrownBy(() -> TokenSettings.of(null, "1", "1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accessTokenExpiresByTheClock() {
        TokenPair pair = rules.issue(ADMIN);

        clock.advance(Duration.ofSeconds(3599));
        assertThat(rules.verifyAccess(pair.accessToken()).userKey()).isEqualTo(1000L);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(() -> rules.verifyAccess(pair.accessToken()));
    }

    @Test
    void verificationNeedsOnlyTheSecretTheExpiryIsTheToken() {
        TokenPair pair = new TokenRules(clock, TokenSettings.of(SECRET, "60", "120"), store).issue(ADMIN);
        TokenRules verifying = new TokenRules(clock, TokenSettings.forVerification(SECRET), store);

        clock.advance(Duration.ofSeconds(59));
        assertThat(verifying.verifyAccess(pair.accessToken()).userKey()).isEqualTo(1000L);

        clock.advance(Duration.ofSeconds(1));
        assertRefused(() -> verifying.verifyAccess(pair.accessToken()));
    }

    @Test
    void refreshTokenExpiresByTheClock() {
        TokenPair pair = rules.issue(ADMIN);

        clock.advance(Duration.ofDays(30));

        assertRefused(() -> refresh(pair.refreshToken()));
    }

    @Test
    void refreshTokenIsNoAccessTokenAndViceVersa() {
        TokenPair pair = rules.issue(ADMIN);

        assertRefused(() -> rules.verifyAccess(pair.refreshToken()));
        assertRefused(() -> refresh(pair.accessToken()));
    }

    @Test
    void tamperedTokenIsRefused() {
        TokenPair pair = rules.issue(ADMIN);
        String t = pair.accessToken();
        String tampered = t.substring(0, t.length() - 2) + (t.endsWith("AA") ? "BB" : "AA");

        assertRefused(() -> rules.verifyAccess(tampered));
    }

    @Test
    void changedSecretInvalidatesTokens() {
        TokenPair pair = rules.issue(ADMIN);
        TokenRules rotated =
                new TokenRules(clock, TokenSettings.of("a-completely-different-secret-value", "3600", "60"), store);

        assertRefused(() -> rotated.verifyAccess(pair.accessToken()));
    }

    @Test
    void onlyASignatureByAnotherSecretIsRefusedAsForeignSoTheServiceReadsTheSecretAgain() {
        TokenPair pair = rules.issue(ADMIN);
        TokenRules rotated =
                new TokenRules(clock, TokenSettings.of("a-completely-different-secret-value", "3600", "60"), store);

        assertThatThrownBy(() -> rotated.verifyAccess(pair.accessToken()))
                .isInstanceOf(TokenRules.ForeignSignatureRefusal.class);
        assertThatThrownBy(() -> rules.verifyAccess("not-a-token"))
                .isInstanceOf(TokenRefusedException.class)
                .isNotInstanceOf(TokenRules.ForeignSignatureRefusal.class);
        assertThatThrownBy(() -> rules.verifyAccess(pair.refreshToken()))
                .isNotInstanceOf(TokenRules.ForeignSignatureRefusal.class);
    }

    @Test
    void newIssueRevokesThePreviousPair() {
        TokenPair first = rules.issue(ADMIN);
        TokenPair second = rules.issue(ADMIN);

        assertRefused(() -> rules.verifyAccess(first.accessToken()));
        assertRefused(() -> refresh(first.refreshToken()));
        assertThat(rules.verifyAccess(second.accessToken()).userKey()).isEqualTo(1000L);
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void refreshRotatesBothTokensAndKeepsTheCaller() {
        TokenPair first = rules.issue(ADMIN);
        clock.advance(Duration.ofMinutes(50));

        TokenPair second = refresh(first.refreshToken());

        assertRefused(() -> rules.verifyAccess(first.accessToken()));
        TokenCaller caller = rules.verifyAccess(second.accessToken());
        assertThat(caller.userId()).isEqualTo("administrator");
        assertThat(caller.groups()).containsExactlyInAnyOrder("PLATFORM_OPERATOR", "LOGGED_IN");
        // the new access token lives a full lifetime from the refresh
        clock.advance(Duration.ofMinutes(59));
        assertThat(rules.verifyAccess(second.accessToken()).userKey()).isEqualTo(1000L);
        // the first refresh token is spent (using it again is a reuse: aReusedRefreshToken...)
        assertRefused(() -> refresh(first.refreshToken()));
    }

    @Test
    void refreshKeepsTheFamilyOfTheLoginAndANewLoginStartsAnother() throws Exception {
        TokenPair first = rules.issue(ADMIN);
        TokenPair refreshed = refresh(first.refreshToken());
        TokenPair again = refresh(refreshed.refreshToken());
        TokenPair login = rules.issue(ADMIN);

        String family = family(first.accessToken());
        assertThat(family(first.refreshToken())).isEqualTo(family);
        assertThat(family(refreshed.accessToken())).isEqualTo(family);
        assertThat(family(again.refreshToken())).isEqualTo(family);
        assertThat(family(login.accessToken())).isNotEqualTo(family);
        assertThat(store.rows.get(1000L).family()).isEqualTo(family(login.refreshToken()));
    }

    @Test
    void aReusedRefreshTokenRevokesThePairItsFamilyHasNow() {
        TokenPair first = rules.issue(ADMIN);
        TokenPair second = refresh(first.refreshToken());
        TokenPair third = refresh(second.refreshToken());

        // the first refresh token again: its holder and someone else both have it
        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RevokingRefusal.class);

        assertRefused(() -> rules.verifyAccess(third.accessToken()));
        assertRefused(() -> refresh(third.refreshToken()));
        assertThat(store.rows).isEmpty();
        assertThat(rules.verifyAccess(rules.issue(ADMIN).accessToken()).userKey())
                .isEqualTo(1000L);
    }

    @Test
    void aRefusalThatRevokesCommitsTheRevocation() {
        jakarta.ejb.ApplicationException declared =
                RevokingRefusal.class.getAnnotation(jakarta.ejb.ApplicationException.class);

        assertThat(declared.rollback()).isFalse();
        assertThat(new RevokingRefusal()).isInstanceOf(TokenRefusedException.class);
    }

    @Test
    void aRefreshTokenOfAnEarlierLoginIsRefusedWithoutEndingTheCurrentOne() {
        TokenPair earlier = rules.issue(ADMIN);
        TokenPair current = rules.issue(ADMIN);

        assertThatThrownBy(() -> refresh(earlier.refreshToken()))
                .isInstanceOf(TokenRefusedException.class)
                .isNotInstanceOf(RevokingRefusal.class);
        assertThat(rules.verifyAccess(current.accessToken()).userKey()).isEqualTo(1000L);
        assertThat(refresh(current.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void aPairStoredWithoutAFamilyIsNoReuse() {
        TokenPair first = rules.issue(ADMIN);
        TokenPair second = refresh(first.refreshToken());
        ActiveTokens stored = store.rows.get(1000L);
        // as a server of the release before families leaves the row
        store.replace(new ActiveTokens(
                1000L,
                null,
                stored.accessJti(),
                stored.accessExpiresAt(),
                stored.refreshJti(),
                stored.refreshExpiresAt(),
                stored.issuedAt()));

        assertThatThrownBy(() -> refresh(first.refreshToken()))
                .isInstanceOf(TokenRefusedException.class)
                .isNotInstanceOf(RevokingRefusal.class);
        assertThat(rules.verifyAccess(second.accessToken()).userKey()).isEqualTo(1000L);
    }

    @Test
    void aReusedAccessTokenIsOnlyRefused() {
        TokenPair first = rules.issue(ADMIN);
        TokenPair second = refresh(first.refreshToken());

        assertRefused(() -> rules.verifyAccess(first.accessToken()));
        assertThat(rules.verifyAccess(second.accessToken()).userKey()).isEqualTo(1000L);
    }

    @Test
    void aUserWhoMayNoLongerHoldTokensGetsNoNewPairAndLosesTheActiveOne() {
        TokenPair pair = rules.issue(OTHER);
        holders.remove(1001L); // locked, deleted or bound to change the password since

        assertThatThrownBy(() -> refresh(pair.refreshToken())).isInstanceOf(RevokingRefusal.class);

        assertRefused(() -> rules.verifyAccess(pair.accessToken()));
        assertThat(store.rows).doesNotContainKey(1001L);
    }

    @Test
    void refreshGivesTheRolesTheUserHasNow() {
        TokenPair pair = rules.issue(ADMIN);
        holders.put(1000L, new AuthenticatedUser(1000L, "administrator", Set.of("LOGGED_IN"), Locale.ENGLISH));

        TokenCaller caller = rules.verifyAccess(refresh(pair.refreshToken()).accessToken());

        assertThat(caller.groups()).containsExactly("LOGGED_IN");
    }

    @Test
    void usersHaveIndependentPairs() {
        TokenPair admin = rules.issue(ADMIN);
        TokenPair other = rules.issue(OTHER);

        assertThat(rules.verifyAccess(admin.accessToken()).userKey()).isEqualTo(1000L);
        assertThat(rules.verifyAccess(other.accessToken()).userKey()).isEqualTo(1001L);
    }

    @Test
    void revokeByAccessOrRefreshTokenEndsThePair() {
        TokenPair pair = rules.issue(ADMIN);
        rules.revoke(pair.accessToken());
        assertRefused(() -> rules.verifyAccess(pair.accessToken()));
        assertRefused(() -> refresh(pair.refreshToken()));

        TokenPair next = rules.issue(ADMIN);
        rules.revoke(next.refreshToken());
        assertRefused(() -> rules.verifyAccess(next.accessToken()));
    }

    @Test
    void revokeIgnoresInvalidAndStaleTokens() {
        TokenPair old = rules.issue(ADMIN);
        TokenPair current = rules.issue(ADMIN);

        rules.revoke("not-a-token");
        rules.revoke(old.accessToken());

        assertThat(rules.verifyAccess(current.accessToken()).userKey()).isEqualTo(1000L);
    }

    @Test
    void refusalIsAnAuthenticationErrorWithLocalizedText() {
        TokenRefusedException e = new TokenRefusedException();

        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.kind()).isEqualTo(BssException.Kind.AUTHENTICATION);
        assertThat(e.localizedMessage(Locale.GERMAN)).contains("Token");
        assertThat(e.localizedMessage(Locale.JAPANESE)).contains("トークン");
        assertThat(e.localizedMessage(Locale.FRENCH)).isEqualTo(e.getMessage());
    }

    private TokenPair refresh(String refreshToken) {
        return rules.refresh(refreshToken, userKey -> Optional.ofNullable(holders.get(userKey)));
    }

    private static String family(String token) throws Exception {
        return new JwtCodec(SECRET).verify(token).family();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(TokenRefusedException.class);
    }
}
