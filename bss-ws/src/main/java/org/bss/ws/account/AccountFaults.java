package org.bss.ws.account;

import jakarta.ejb.EJBAccessException;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultMapper;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.SaaSApplicationException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/**
 * The faults updateAccountInformation declares: {@link FaultMapper}'s fault of an error when it is one of them; a
 * refused role check (which FaultMapper calls OrganizationAuthoritiesException, not declared here) and any other
 * refusal become OperationNotPermittedException. Anything else stays a Server fault.
 */
final class AccountFaults {

    static final String NOT_PERMITTED_KEY = "ex.OperationNotPermittedException";

    private AccountFaults() {
    }

    static RuntimeException raise(RuntimeException error, String objectClass) throws ValidationException,
            ObjectNotFoundException, ConcurrentModificationException, OperationNotPermittedException {
        SaaSApplicationException fault = FaultMapper.toFault(error, member(error), objectClass);
        if (fault instanceof ValidationException f) {
            throw f;
        }
        if (fault instanceof ObjectNotFoundException f) {
            throw f;
        }
        if (fault instanceof ConcurrentModificationException f) {
            throw f;
        }
        if (fault instanceof OperationNotPermittedException f) {
            throw f;
        }
        if (fault != null || error instanceof EJBAccessException) {
            throw new OperationNotPermittedException(fault != null ? fault.getMessage() : error.getMessage(),
                    fault != null ? fault.getFaultInfo() : bean(NOT_PERMITTED_KEY));
        }
        return error;
    }

    /** Organization data are the operator's: anybody else is refused (docs/soap.md, AccountService). */
    static OperationNotPermittedException organizationNotEditable() {
        long id = System.currentTimeMillis();
        return new OperationNotPermittedException("EXCEPTIONID " + id
                + ": Only the platform operator changes organization data.", bean(NOT_PERMITTED_KEY, id));
    }

    private static ApplicationExceptionBean bean(String messageKey) {
        return bean(messageKey, System.currentTimeMillis());
    }

    private static ApplicationExceptionBean bean(String messageKey, long id) {
        ApplicationExceptionBean bean = new ApplicationExceptionBean();
        bean.setId(Long.toString(id));
        bean.setMessageKey(messageKey);
        return bean;
    }

    /** The field a validation error names: the first argument of the {@code account.field.*} messages. */
    private static String member(RuntimeException error) {
        if (error instanceof org.bss.common.BssException bss && bss.messageKey().startsWith("account.field.")
                && bss.arguments().length > 0) {
            return String.valueOf(bss.arguments()[0]);
        }
        return null;
    }
}
