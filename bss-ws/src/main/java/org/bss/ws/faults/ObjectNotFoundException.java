package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.DomainObjectExceptionBean;

/** SOAP fault {@code ObjectNotFoundException}: the addressed object does not exist. */
@WebFault(name = "ObjectNotFoundException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class ObjectNotFoundException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient DomainObjectExceptionBean faultInfo;

    public ObjectNotFoundException(String message, DomainObjectExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ObjectNotFoundException(String message, DomainObjectExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public DomainObjectExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
