package org.bss.ws.faults;

import org.bss.ws.faults.beans.ApplicationExceptionBean;

/**
 * Root of the checked SOAP faults (the contract's {@code SaaSApplicationException}). Only its concrete
 * subclasses are declared by operations; each carries a fault bean as {@code detail}.
 */
public abstract class SaaSApplicationException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String NAMESPACE = "http://oscm.org/xsd";

    protected SaaSApplicationException(String message) {
        super(message);
    }

    protected SaaSApplicationException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ApplicationExceptionBean getFaultInfo();
}
