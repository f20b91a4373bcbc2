package org.bss.ws.identity;

import jakarta.ejb.EJBAccessException;
import java.util.ArrayList;
import java.util.List;
import org.bss.common.BssException;
import org.bss.ws.faults.FaultMapper;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.SaaSApplicationException;
import org.bss.ws.faults.SecurityCheckException;
import org.bss.ws.faults.UserDeletionConstraintException;
import org.bss.ws.faults.UserModificationConstraintException;
import org.bss.ws.faults.UserRoleAssignmentException;
import org.bss.ws.faults.beans.ApplicationExceptionBean;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.UserModificationConstraintExceptionBean;
import org.bss.ws.vo.UserAccountStatus;

/**
 * The faults of IdentityService. {@link FaultMapper} turns an error into the general fault of its kind; where an
 * operation declares a more specific fault of the contract, the error becomes that one: a duplicate user id
 * NonUniqueBusinessKeyException, an unknown or unavailable role UserRoleAssignmentException, the last administrator
 * UserDeletionConstraintException or UserModificationConstraintException, a wrong old password
 * SecurityCheckException, a refused role check of a called service OperationNotPermittedException. An error no
 * declared fault fits stays a plain Server fault.
 */
final class IdentityFaults {

    static final String USER = "USER";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String LAST_ADMIN = "LAST_ADMIN";

    private IdentityFaults() {
    }

    /** A service call whose errors are translated. */
    @FunctionalInterface
    interface Call<T> {
        T run();
    }

    static <T, A extends SaaSApplicationException, B extends SaaSApplicationException> T call(Call<T> call,
            Class<A> a, Class<B> b) throws A, B {
        return call(call, a, b, b, b);
    }

    static <T, A extends SaaSApplicationException, B extends SaaSApplicationException,
            C extends SaaSApplicationException> T call(Call<T> call, Class<A> a, Class<B> b, Class<C> c) throws A, B, C {
        return call(call, a, b, c, c);
    }

    static <T, A extends SaaSApplicationException, B extends SaaSApplicationException, C extends SaaSApplicationException,
            D extends SaaSApplicationException> T call(Call<T> call, Class<A> a, Class<B> b, Class<C> c, Class<D> d)
            throws A, B, C, D {
        try {
            return call.run();
        } catch (RuntimeException e) {
            SaaSApplicationException fault = translate(e, List.of(a, b, c, d));
            throwIf(fault, a);
            throwIf(fault, b);
            throwIf(fault, c);
            throwIf(fault, d);
            throw e;
        }
    }

    /** Unlocking is unlockUserAccount; lockUserAccount only locks. */
    static OperationNotPermittedException notALock(UserAccountStatus newStatus) {
        long id = System.currentTimeMillis();
        ApplicationExceptionBean bean = new ApplicationExceptionBean();
        bean.setId(Long.toString(id));
        bean.setMessageKey("ex.OperationNotPermittedException");
        bean.getMessageParams().add(String.valueOf(newStatus));
        return new OperationNotPermittedException("EXCEPTIONID " + id + ": newStatus must be LOCKED, "
                + "LOCKED_FAILED_LOGIN_ATTEMPTS or LOCKED_NOT_CONFIRMED, not " + newStatus
                + "; unlockUserAccount makes an account ACTIVE.", bean);
    }

    /** The declared fault for an error, or null when none fits (the error then becomes a Server fault). */
    static SaaSApplicationException translate(RuntimeException error, List<? extends Class<?>> declared) {
        SaaSApplicationException general = FaultMapper.toFault(error, member(error), objectClass(error));
        if (general == null) {
            return null;
        }
        SaaSApplicationException specific = specific(error, general, declared);
        SaaSApplicationException fault = specific != null ? specific : general;
        return declared.contains(fault.getClass()) ? fault : null;
    }

    private static SaaSApplicationException specific(RuntimeException error, SaaSApplicationException general,
            List<? extends Class<?>> declared) {
        String message = general.getMessage();
        ApplicationExceptionBean bean = general.getFaultInfo();
        if (error instanceof EJBAccessException) {
            return new OperationNotPermittedException(message, copy(bean, new ApplicationExceptionBean()));
        }
        BssException bss = (BssException) error;
        String key = bss.messageKey();
        return switch (bss.kind()) {
            case VALIDATION -> key.startsWith("identity.role.") && declared.contains(UserRoleAssignmentException.class)
                    ? new UserRoleAssignmentException(message, copy(bean, new ApplicationExceptionBean())) : null;
            case CONFLICT -> {
                if ("account.user.duplicate".equals(key) && declared.contains(NonUniqueBusinessKeyException.class)) {
                    DomainObjectExceptionBean duplicate = copy(bean, new DomainObjectExceptionBean());
                    duplicate.setClassEnum(USER);
                    yield new NonUniqueBusinessKeyException(message, duplicate);
                }
                yield "identity.user.lastAdministrator".equals(key) ? lastAdministrator(message, bean, declared) : null;
            }
            case NOT_PERMITTED -> "identity.user.deleteSelf".equals(key) && declared.contains(UserDeletionConstraintException.class)
                    ? new UserDeletionConstraintException(message, copy(bean, new ApplicationExceptionBean())) : null;
            case AUTHENTICATION -> declared.contains(SecurityCheckException.class)
                    ? new SecurityCheckException(message, copy(bean, new ApplicationExceptionBean())) : null;
            default -> null;
        };
    }

    private static SaaSApplicationException lastAdministrator(String message, ApplicationExceptionBean bean,
            List<? extends Class<?>> declared) {
        if (declared.contains(UserDeletionConstraintException.class)) {
            return new UserDeletionConstraintException(message, copy(bean, new ApplicationExceptionBean()));
        }
        if (declared.contains(UserModificationConstraintException.class)) {
            UserModificationConstraintExceptionBean constraint = copy(bean, new UserModificationConstraintExceptionBean());
            constraint.setReason(LAST_ADMIN);
            return new UserModificationConstraintException(message, constraint);
        }
        return null;
    }

    /** The field a validation error names: the first argument of the {@code account.field.*} messages. */
    static String member(RuntimeException error) {
        if (error instanceof BssException bss && bss.messageKey().startsWith("account.field.") && bss.arguments().length > 0) {
            return String.valueOf(bss.arguments()[0]);
        }
        return null;
    }

    private static String objectClass(RuntimeException error) {
        if (error instanceof BssException bss && bss.kind() == BssException.Kind.NOT_FOUND) {
            return bss.messageKey().startsWith("account.organization.") ? ORGANIZATION : USER;
        }
        return null;
    }

    private static <B extends ApplicationExceptionBean> B copy(ApplicationExceptionBean from, B to) {
        to.setId(from.getId());
        to.setMessageKey(from.getMessageKey());
        to.setMessageParams(new ArrayList<>(from.getMessageParams()));
        return to;
    }

    private static <X extends SaaSApplicationException> void throwIf(SaaSApplicationException fault, Class<X> type) throws X {
        if (type.isInstance(fault)) {
            throw type.cast(fault);
        }
    }
}
