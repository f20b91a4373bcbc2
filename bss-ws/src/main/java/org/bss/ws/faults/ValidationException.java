package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ValidationExceptionBean;

/** SOAP fault {@code ValidationException}: input that breaks a rule; {@code member} names the field or setting key. */
@WebFault(name = "ValidationException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class ValidationException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationExceptionBean faultInfo;

    public ValidationException(String message, ValidationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ValidationException(String message, ValidationExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public ValidationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
