package org.bss.ws.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.bss.common.ConflictException;
import org.junit.jupiter.api.Test;

class FaultInterceptorTest {

    /** Operations as an endpoint declares them. */
    @SuppressWarnings("unused")
    static class Endpoint {
        public void deleteUser() throws UserDeletionConstraintException, OperationNotPermittedException {}

        @FaultTarget(member = "organizationProperties", objectClass = "ORGANIZATION")
        public void updateOrganization() throws ValidationException, ObjectNotFoundException {}
    }

    /** A transaction registry that remembers the rollback mark. */
    static final class Transactions implements TransactionSynchronizationRegistry {
        final boolean active;
        boolean rollbackOnly;

        Transactions(boolean active) {
            this.active = active;
        }

        @Override
        public Object getTransactionKey() {
            return active ? "tx" : null;
        }

        @Override
        public void setRollbackOnly() {
            if (!active) {
                throw new IllegalStateException("no transaction");
            }
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            throw new UnsupportedOperationException();
        }
    }

    /** The invocation of one method of {@link Endpoint} whose body throws {@code error}. */
    record Invocation(Method method, Exception error) implements InvocationContext {
        static Invocation of(String method, Exception error) throws NoSuchMethodException {
            return new Invocation(Endpoint.class.getMethod(method), error);
        }

        @Override
        public Object proceed() throws Exception {
            throw error;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object getTarget() {
            return new Endpoint();
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }

    private final Transactions transactions = new Transactions(true);
    private final FaultInterceptor interceptor = interceptor(transactions);

    static FaultInterceptor interceptor(Transactions transactions) {
        FaultInterceptor interceptor = new FaultInterceptor();
        interceptor.transactions = transactions;
        return interceptor;
    }

    @Test
    void theSpecificFaultTheMethodDeclaresWinsAndTheCallIsRolledBack() {
        assertThatThrownBy(() -> interceptor.toFault(
                        Invocation.of("deleteUser", new ConflictException("identity.user.lastAdministrator"))))
                .isInstanceOf(UserDeletionConstraintException.class);
        assertThat(transactions.rollbackOnly).isTrue();
    }

    @Test
    void anErrorWithoutASpecificFaultFallsBackToTheGeneralDeclaredOne() {
        assertThatThrownBy(() -> interceptor.toFault(
                        Invocation.of("deleteUser", new ConflictException("account.user.duplicate", "jane"))))
                .isInstanceOfSatisfying(
                        OperationNotPermittedException.class,
                        f -> assertThat(f.getFaultInfo().getMessageKey())
                                .isEqualTo("ex.OperationNotPermittedException"));
    }

    @Test
    void theOperationsFaultTargetFillsMemberAndObjectClass() {
        assertThatThrownBy(() -> interceptor.toFault(Invocation.of(
                        "updateOrganization",
                        new org.bss.common.ValidationException("account.field.email", "email", "x"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        f -> assertThat(f.getFaultInfo().getMember()).isEqualTo("organizationProperties"));
        assertThatThrownBy(() -> interceptor.toFault(Invocation.of(
                        "updateOrganization",
                        new org.bss.common.ObjectNotFoundException("identity.user.notFound", "x"))))
                .isInstanceOfSatisfying(
                        ObjectNotFoundException.class,
                        f -> assertThat(f.getFaultInfo().getClassEnum()).isEqualTo("ORGANIZATION"));
    }

    @Test
    void anUnmappedErrorPassesUnchangedAndBecomesAServerFault() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> interceptor.toFault(Invocation.of("deleteUser", bug)))
                .isSameAs(bug);

        // a caller's error no declared fault fits stays the error as well
        var validation = new org.bss.common.ValidationException("account.field.email", "email", "x");
        assertThatThrownBy(() -> interceptor.toFault(Invocation.of("deleteUser", validation)))
                .isSameAs(validation);
        assertThat(transactions.rollbackOnly).isFalse();
    }

    @Test
    void aFaultTheOperationThrowsItselfPassesUnchanged() throws Exception {
        UserDeletionConstraintException own = FaultTable.fault(
                new ConflictException("identity.user.lastAdministrator"), UserDeletionConstraintException.class);

        assertThatThrownBy(() -> interceptor.toFault(Invocation.of("deleteUser", own)))
                .isSameAs(own);
        assertThat(transactions.rollbackOnly).isFalse();
    }

    @Test
    void withoutATransactionNothingIsMarked() {
        Transactions none = new Transactions(false);

        assertThatThrownBy(() -> interceptor(none)
                        .toFault(Invocation.of(
                                "deleteUser",
                                new org.bss.common.OperationNotPermittedException("identity.user.notPermitted"))))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(none.rollbackOnly).isFalse();
    }
}
