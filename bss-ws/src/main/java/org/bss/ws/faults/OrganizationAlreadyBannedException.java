package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code OrganizationAlreadyBannedException}: the organization is banned from the marketplace already. */
@WebFault(name = "OrganizationAlreadyBannedException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class OrganizationAlreadyBannedException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public OrganizationAlreadyBannedException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
