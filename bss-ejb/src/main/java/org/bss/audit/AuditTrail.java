package org.bss.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Clock;
import org.bss.common.security.CallerDirectory;
import org.bss.config.ConfigKeys;
import org.bss.config.SettingsReader;

/**
 * The audit recorder every service uses (AUD-1, AUD-2); internal, no surface calls it.
 * <pre>
 *   &#64;EJB AuditTrail audit;
 *   audit.record(AuditOperation.LOCK_USER, AuditPairs.of("user", user.getUserId()));
 * </pre>
 * Nothing happens unless AUDIT_LOG_ENABLED is true. The entry is stored in the caller's transaction, so an
 * operation that rolls back leaves no entry; after commit the entry is also written as one line to audit.log.
 * The caller (userId, orgId, orgName, the first pairs of every entry) is the EJB caller principal, a login name
 * (user key, {@code id:<userId>} or user id), resolved by the {@link CallerDirectory}. Work without a caller (timers) uses {@link #recordAsSystem}:
 * userId {@code SYSTEM}, orgId and orgName empty.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AuditTrail {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @EJB
    private CallerDirectory callers;

    @EJB
    private SettingsReader settings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Records an operation of the calling user. */
    public void record(AuditOperation operation, AuditPairs pairs) {
        if (enabled()) {
            store(operation, caller(), pairs);
        }
    }

    /** Records an operation the platform did on its own (timers): userId SYSTEM, no organization. */
    public void recordAsSystem(AuditOperation operation, AuditPairs pairs) {
        if (enabled()) {
            store(operation, AuditCaller.SYSTEM, pairs);
        }
    }

    private boolean enabled() {
        return settings.booleanValue(ConfigKeys.AUDIT_LOG_ENABLED);
    }

    private void store(AuditOperation operation, AuditCaller caller, AuditPairs pairs) {
        String text = caller.pairs(pairs).text();
        em.persist(new AuditEntry(clock.instant(), operation, caller, text));
        if (transactions.getTransactionKey() == null) {
            AuditLogFile.write(operation, text);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    AuditLogFile.write(operation, text);
                }
            }
        });
    }

    private AuditCaller caller() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return callers.find(name)
                .map(c -> new AuditCaller(c.userId(), c.orgId(), c.orgName()))
                .orElseGet(() -> new AuditCaller(name, null, null));
    }
}
