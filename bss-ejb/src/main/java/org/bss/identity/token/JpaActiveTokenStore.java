package org.bss.identity.token;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** {@link ActiveTokenStore} on the {@code api_token} table; runs in the caller's transaction. */
final class JpaActiveTokenStore implements ActiveTokenStore {

    private final EntityManager em;

    JpaActiveTokenStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ActiveTokens> find(long userKey, boolean forUpdate) {
        ApiToken row = forUpdate
                ? em.find(ApiToken.class, userKey, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ApiToken.class, userKey);
        return Optional.ofNullable(row).map(ApiToken::toActiveTokens);
    }

    @Override
    public void replace(ActiveTokens tokens) {
        ApiToken row = em.find(ApiToken.class, tokens.userKey(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ApiToken(tokens.userKey());
            row.set(tokens);
            em.persist(row);
        } else {
            row.set(tokens);
        }
        em.flush();
    }

    @Override
    public void remove(long userKey) {
        ApiToken row = em.find(ApiToken.class, userKey, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            em.remove(row);
        }
    }
}
