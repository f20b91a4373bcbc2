package org.bss.web.resource.user;

import java.util.function.Supplier;
import org.bss.common.BssException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;

/**
 * Runs a service call and states its errors as the user endpoints promise: validation errors as 400, and an
 * administrator's call on another organization as 404, like a user of another organization, so that nobody can
 * probe which organizations exist. Every other error goes to the shared problem mapping unchanged.
 */
final class ServiceCalls {

    /** The service's refusal when an administrator names another organization (UserAccess.checkManages). */
    static final String OTHER_ORGANIZATION = "identity.user.notPermitted";

    private ServiceCalls() {
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            throw UserProblem.invalid(e);
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** A call on something of one organization; {@code notFound} replaces the refusal for another organization. */
    static <T> T hidingOthers(Supplier<T> action, Supplier<? extends BssException> notFound) {
        try {
            return call(action);
        } catch (OperationNotPermittedException e) {
            if (OTHER_ORGANIZATION.equals(e.messageKey())) {
                throw notFound.get();
            }
            throw e;
        }
    }
}
