package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.DeletionConstraintExceptionBean;

/** SOAP fault {@code DeletionConstraintException}: other objects still depend on the one to delete. */
@WebFault(name = "DeletionConstraintException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class DeletionConstraintException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient DeletionConstraintExceptionBean faultInfo;

    public DeletionConstraintException(String message, DeletionConstraintExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public DeletionConstraintExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
