package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code OrganizationAlreadyExistsException}: the organization is granted on the marketplace already. */
@WebFault(name = "OrganizationAlreadyExistsException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class OrganizationAlreadyExistsException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public OrganizationAlreadyExistsException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
