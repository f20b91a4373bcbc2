package org.bss.catalog;

import org.bss.common.ValidationException;

/**
 * A service that cannot be an up/downgrade option of another (the contract's ServiceCompatibilityException), with the
 * contract's reason: TECH_SERVICE, a service on another technical service, or the service itself.
 */
public class ServiceCompatibilityException extends ValidationException {

    /** The contract's reasons BSS gives. */
    public enum Reason {
        TECH_SERVICE
    }

    private final Reason reason;

    public ServiceCompatibilityException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
