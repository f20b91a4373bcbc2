package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;

/** SOAP fault {@code UpdateConstraintException}: the object cannot change so while others depend on it (e.g. the license of a technical service in use). */
@WebFault(name = "UpdateConstraintException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class UpdateConstraintException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient DomainObjectExceptionBean faultInfo;

    public UpdateConstraintException(String message, DomainObjectExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public UpdateConstraintException(String message, DomainObjectExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public DomainObjectExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
