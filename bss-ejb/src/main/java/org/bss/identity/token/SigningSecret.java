package org.bss.identity.token;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This node's copy of API_SECRET_KEY for verifying access tokens, as the codec derived from it, so that a REST
 * request reads no setting and derives no key. The copy
 * cannot go stale in a harmful way: a token signed with another secret makes {@link TokenService} read the setting
 * again (the secret was changed, maybe on another node), and changing the secret revokes every active token
 * ({@link SecretRotation}), so a token of the old secret fails the store lookup on every node.
 */
@ApplicationScoped
public class SigningSecret {

    /** A secret and the codec derived from it. */
    record Key(String secret, JwtCodec codec) {}

    private volatile Key key;

    /** The remembered key, or null before the first verification and after a change. */
    Key remembered() {
        return key;
    }

    /** Remembers the secret just read from the settings and returns its key. */
    Key remember(String current) {
        Key fresh = new Key(current, new JwtCodec(current));
        key = fresh;
        return fresh;
    }

    void forget() {
        key = null;
    }
}
