package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code OperationPendingException}: an action waits for an approval (a trigger of the original; BSS suspends nothing, so never raised). */
@WebFault(name = "OperationPendingException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class OperationPendingException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public OperationPendingException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
