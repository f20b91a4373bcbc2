package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;

/** SOAP fault {@code NonUniqueBusinessKeyException}: an object with this business key (e.g. the user id) exists already. */
@WebFault(name = "NonUniqueBusinessKeyException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class NonUniqueBusinessKeyException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient DomainObjectExceptionBean faultInfo;

    public NonUniqueBusinessKeyException(String message, DomainObjectExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public NonUniqueBusinessKeyException(String message, DomainObjectExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public DomainObjectExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
