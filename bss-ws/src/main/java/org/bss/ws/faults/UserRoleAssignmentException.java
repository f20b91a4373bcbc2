package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code UserRoleAssignmentException}: a user role is unknown or not available in the user's organization. */
@WebFault(name = "UserRoleAssignmentException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class UserRoleAssignmentException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public UserRoleAssignmentException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public UserRoleAssignmentException(String message, ApplicationExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
