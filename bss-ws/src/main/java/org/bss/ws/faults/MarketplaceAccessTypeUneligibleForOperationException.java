package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code MarketplaceAccessTypeUneligibleForOperationException}: the marketplace's access type (open or restricted) does not allow the operation. */
@WebFault(
        name = "MarketplaceAccessTypeUneligibleForOperationException",
        targetNamespace = SaaSApplicationException.NAMESPACE)
public class MarketplaceAccessTypeUneligibleForOperationException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public MarketplaceAccessTypeUneligibleForOperationException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
