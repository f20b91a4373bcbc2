package org.bss.identity.token;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This node's copy of API_SECRET_KEY for verifying access tokens, so that a REST request reads no setting. The copy
 * cannot go stale in a harmful way: a token signed with another secret makes {@link TokenService} read the setting
 * again (the secret was changed, maybe on another node), and changing the secret revokes every active token
 * ({@link SecretRotation}), so a token of the old secret fails the store lookup on every node.
 */
@ApplicationScoped
public class SigningSecret {

    private volatile String secret;

    /** The remembered secret, or null before the first verification and after a change. */
    String remembered() {
        return secret;
    }

    /** Remembers the secret just read from the settings and returns it. */
    String remember(String current) {
        secret = current;
        return current;
    }

    void forget() {
        secret = null;
    }
}
