package org.bss.testing;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resource-local transactions in place of the container's JTA ones: one persistence context per transaction (what a
 * container-managed, transaction-scoped EntityManager is), begin/commit, rollback when the work throws. It is also the
 * {@link TransactionSynchronizationRegistry} the beans see, so "after commit" work (the audit log file line, the
 * recorded task queue) runs only for a committed transaction. Single-threaded, like the tests.
 */
final class LocalTransactions implements TransactionSynchronizationRegistry {

    private final EntityManagerFactory factory;
    private final List<Synchronization> synchronizations = new ArrayList<>();
    private final Map<Object, Object> resources = new HashMap<>();
    private EntityManager current;
    private boolean rollbackOnly;

    LocalTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws (every BssException is an
     * application exception with rollback, every other RuntimeException a system exception, so the container rolls
     * back for both), except for an application exception declared with {@code rollback = false}, which commits. Inside a running transaction the work joins it, like REQUIRED.
     */
    <T> T inTransaction(Function<EntityManager, T> work) {
        if (current != null) {
            return work.apply(current);
        }
        current = factory.createEntityManager();
        EntityTransaction tx = current.getTransaction();
        int outcome = Status.STATUS_ROLLEDBACK;
        tx.begin();
        try {
            T result = work.apply(current);
            if (!rollbackOnly) {
                synchronizations.forEach(Synchronization::beforeCompletion);
                tx.commit();
                outcome = Status.STATUS_COMMITTED;
            }
            return result;
        } catch (RuntimeException e) {
            if (!rollbackOnly && commitsDespite(e)) {
                synchronizations.forEach(Synchronization::beforeCompletion);
                tx.commit();
                outcome = Status.STATUS_COMMITTED;
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            List<Synchronization> done = List.copyOf(synchronizations);
            current.close();
            current = null;
            synchronizations.clear();
            resources.clear();
            rollbackOnly = false;
            for (Synchronization s : done) {
                s.afterCompletion(outcome);
            }
        }
    }

    /**
     * An application exception declared without rollback: the container commits the transaction and then throws it.
     * The nearest {@link ApplicationException} of the class or its superclasses decides, as in the container.
     */
    private static boolean commitsDespite(RuntimeException e) {
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            ApplicationException declared = c.getAnnotation(ApplicationException.class);
            if (declared != null) {
                return !declared.rollback() && (c == e.getClass() || declared.inherited());
            }
        }
        return false;
    }

    /** The EntityManager the beans get: it acts on the persistence context of the running transaction. */
    EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    if (current == null) {
                        throw new IllegalStateException("EntityManager." + method.getName()
                                + " outside a transaction: call the service through ServiceHarness.call or run");
                    }
                    try {
                        return method.invoke(current, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Object getTransactionKey() {
        return current;
    }

    @Override
    public void putResource(Object key, Object value) {
        requireTransaction();
        resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        requireTransaction();
        return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        requireTransaction();
        synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        if (current == null) {
            return Status.STATUS_NO_TRANSACTION;
        }
        return rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        requireTransaction();
        rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
        requireTransaction();
        return rollbackOnly;
    }

    private void requireTransaction() {
        if (current == null) {
            throw new IllegalStateException("no transaction");
        }
    }
}
