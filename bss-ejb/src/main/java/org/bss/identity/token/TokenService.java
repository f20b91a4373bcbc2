package org.bss.identity.token;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;
import org.bss.identity.AuthenticatedUser;
import org.bss.identity.IdentityService;

/**
 * Access and refresh tokens of the REST API (API-1..4, API-6): the service every token surface calls.
 * Callers are anonymous (they present credentials or a token), hence {@code @PermitAll}; the rules are
 * in {@link TokenRules}.
 */
@Stateless
@PermitAll
public class TokenService {

    @EJB
    private IdentityService identity;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    @Inject
    private SigningSecret signingSecret;

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    /**
     * Verifies user id + password and issues a new pair; the user's previous pair is revoked.
     * @throws org.bss.common.AuthenticationException wrong credentials or locked account
     * @throws org.bss.common.PasswordChangeRequiredException the password must be changed first (no token)
     */
    public TokenPair issue(String userId, String password) {
        AuthenticatedUser user = identity.authenticate(userId, password);
        return rules().issue(user);
    }

    /**
     * Exchanges the user's active refresh token for a new pair with the user's current roles; both old tokens are
     * revoked. A refresh token used a second time, or one of a user who is locked, deleted or must change the
     * password, is refused and ends the user's pair (the refusal commits that).
     * @throws TokenRefusedException the token is not an active, unexpired refresh token of a user who may hold tokens
     */
    public TokenPair refresh(String refreshToken) {
        return rules().refresh(refreshToken, identity::tokenHolder);
    }

    /** Revokes the pair the given (access or refresh) token belongs to; unknown tokens are ignored. */
    public void revoke(String token) {
        rules().revoke(token);
    }

    /**
     * The caller of a valid access token.
     * @throws TokenRefusedException tampered, expired (by the BSS clock), revoked or not an access token
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TokenCaller verifyAccess(String accessToken) {
        // every REST request comes here: verify with the secret this node remembers (no setting read); a token signed
        // with another secret makes it read the setting again, as the secret may have changed on another node
        SigningSecret.Key remembered = signingSecret.remembered();
        if (remembered != null) {
            try {
                return verifier(remembered).verifyAccess(accessToken);
            } catch (TokenRules.ForeignSignatureRefusal e) {
                // read the current secret below
            }
        }
        return verifier(signingSecret.remember(settings.value(ConfigKeys.API_SECRET_KEY)))
                .verifyAccess(accessToken);
    }

    private TokenRules verifier(SigningSecret.Key key) {
        return new TokenRules(
                clock, TokenSettings.forVerification(key.secret()), key.codec(), new JpaActiveTokenStore(em));
    }

    private TokenRules rules() {
        TokenSettings s = TokenSettings.of(
                settings.value(ConfigKeys.API_SECRET_KEY),
                settings.value(ConfigKeys.API_ACCESS_TOKEN_EXPIRES),
                settings.value(ConfigKeys.API_REFRESH_TOKEN_EXPIRES));
        return new TokenRules(clock, s, new JpaActiveTokenStore(em));
    }
}
