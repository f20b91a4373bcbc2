package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code OrganizationAuthorityException}: the organization lacks the organization role the operation needs (it sells nothing). */
@WebFault(name = "OrganizationAuthorityException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class OrganizationAuthorityException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public OrganizationAuthorityException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
