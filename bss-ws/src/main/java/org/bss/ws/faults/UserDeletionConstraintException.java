package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code UserDeletionConstraintException}: the user may not be deleted (the last administrator, oneself). */
@WebFault(name = "UserDeletionConstraintException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class UserDeletionConstraintException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public UserDeletionConstraintException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public UserDeletionConstraintException(String message, ApplicationExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
