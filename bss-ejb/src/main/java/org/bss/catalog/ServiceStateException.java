package org.bss.catalog;

import org.bss.common.ConflictException;

/** The service's status does not allow the change (the contract's ServiceStateException). */
public class ServiceStateException extends ConflictException {

    public ServiceStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
