package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code ServiceNotPublishedException}: the service is on no marketplace. */
@WebFault(name = "ServiceNotPublishedException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class ServiceNotPublishedException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public ServiceNotPublishedException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
