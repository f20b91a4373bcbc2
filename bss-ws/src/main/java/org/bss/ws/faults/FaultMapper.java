package org.bss.ws.faults;

import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;
import jakarta.ejb.EJBAccessException;
import java.util.Arrays;
import java.util.List;
import org.bss.common.BssException;
import org.bss.ws.faults.beans.ApplicationExceptionBean;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;
import org.bss.ws.faults.beans.ValidationExceptionBean;

/**
 * The one place where the domain's errors become SOAP faults (DESIGN "Errors"): a {@link BssException}
 * by its {@link BssException.Kind}, a refused role check of a called service as
 * {@code OrganizationAuthoritiesException}. The fault bean carries the BSS message key, the stringified
 * arguments, and where the endpoint knows them the offending member and the kind of object.
 * No business rule lives here.
 */
public final class FaultMapper {

    private static final BssLog LOG = BssLog.system(LogFeature.SOAP);

    private FaultMapper() {
    }

    /**
     * Throws the fault for a mappable error; otherwise returns it unchanged, so an endpoint writes
     * {@code catch (RuntimeException e) { throw FaultMapper.raise(e, member, objectClass); }}.
     *
     * @param member      the parameter or setting key the call was about (goes to {@code member}), may be null
     * @param objectClass the contract's {@code ClassEnum} of the addressed object (e.g. PLATFORM_SETTING), may be null
     */
    public static RuntimeException raise(RuntimeException error, String member, String objectClass)
            throws ValidationException, ObjectNotFoundException, ConcurrentModificationException,
            OperationNotPermittedException, OrganizationAuthoritiesException {
        SaaSApplicationException fault = toFault(error, member, objectClass);
        if (fault == null) {
            return error;
        }
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
        throw (OrganizationAuthoritiesException) fault;
    }

    /** The fault for an error, or null when it is not a caller's error (it then becomes a plain Server fault). */
    public static SaaSApplicationException toFault(RuntimeException error, String member, String objectClass) {
        long id = System.currentTimeMillis();
        if (error instanceof EJBAccessException) {
            ApplicationExceptionBean bean = fill(new ApplicationExceptionBean(), id, "ex.OrganizationAuthoritiesException", List.of());
            return new OrganizationAuthoritiesException(text(id, "The caller lacks the role this operation needs."), bean);
        }
        if (!(error instanceof BssException bss)) {
            return null;
        }
        List<String> params = Arrays.stream(bss.arguments()).map(FaultMapper::param).toList();
        String message = text(id, bss.getMessage());
        LOG.debug(LogMessage.SOAP_FAULT, id, bss.kind(), bss.getMessage());
        return switch (bss.kind()) {
            case VALIDATION -> {
                ValidationExceptionBean bean = fill(new ValidationExceptionBean(), id, bss.messageKey(), params);
                bean.setMember(member);
                yield new ValidationException(message, bean);
            }
            case NOT_FOUND -> {
                DomainObjectExceptionBean bean = fill(new DomainObjectExceptionBean(), id, bss.messageKey(), params);
                bean.setClassEnum(objectClass);
                yield new ObjectNotFoundException(message, bean);
            }
            case CONCURRENT_MODIFICATION -> new ConcurrentModificationException(message,
                    fill(new ApplicationExceptionBean(), id, bss.messageKey(), params));
            case NOT_PERMITTED, CONFLICT, AUTHENTICATION, PASSWORD_CHANGE_REQUIRED -> new OperationNotPermittedException(message,
                    fill(new ApplicationExceptionBean(), id, bss.messageKey(), params));
        };
    }

    private static <B extends ApplicationExceptionBean> B fill(B bean, long id, String messageKey, List<String> params) {
        bean.setId(Long.toString(id));
        bean.setMessageKey(messageKey);
        bean.setMessageParams(new java.util.ArrayList<>(params));
        return bean;
    }

    /** The contract's faultstring pattern: {@code EXCEPTIONID <id>: <message>}. */
    private static String text(long id, String message) {
        return "EXCEPTIONID " + id + ": " + message;
    }

    /** Parameters as the contract writes them: enums as {@code enum.<Type>.<CONSTANT>}, newlines escaped. */
    static String param(Object argument) {
        if (argument == null) {
            return null;
        }
        if (argument instanceof Enum<?> e) {
            return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        return argument.toString().replace("\r", "").replace("\n", "\\n");
    }
}
