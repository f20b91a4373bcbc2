package org.bss.web.resource.user;

import java.util.function.Supplier;
import org.bss.common.ValidationException;

/**
 * Runs a service call and states its validation errors with their message key as the problem's code; every other
 * error goes to the shared problem mapping unchanged.
 */
final class ServiceCalls {

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
}
