package org.bss.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.identity.AccessWithdrawn;

/**
 * Tokens end with the account's right to use them: when a user is locked, its password changed or reset, or a role
 * taken away ({@link AccessWithdrawn}), its active pair is deleted in the same transaction. Every node then refuses
 * the pair at the store lookup each request makes anyway, so the check costs a REST request nothing more.
 */
@ApplicationScoped
public class TokenRevocation {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    public void onAccessWithdrawn(@Observes AccessWithdrawn withdrawn) {
        new JpaActiveTokenStore(em).remove(withdrawn.userKey());
        BssLog.audit().info(LogMessage.TOKENS_REVOKED, withdrawn.userKey(), withdrawn.cause());
    }
}
