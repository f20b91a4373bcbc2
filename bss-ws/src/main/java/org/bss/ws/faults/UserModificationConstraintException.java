package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.UserModificationConstraintExceptionBean;

/** SOAP fault {@code UserModificationConstraintException}: the change would leave the organization without an administrator. */
@WebFault(name = "UserModificationConstraintException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class UserModificationConstraintException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient UserModificationConstraintExceptionBean faultInfo;

    public UserModificationConstraintException(String message, UserModificationConstraintExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public UserModificationConstraintException(
            String message, UserModificationConstraintExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public UserModificationConstraintExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
