package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code ServiceCompatibilityException}: the services cannot be up/downgrade options of each other (reason as the messageKey suffix). */
@WebFault(name = "ServiceCompatibilityException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class ServiceCompatibilityException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public ServiceCompatibilityException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
