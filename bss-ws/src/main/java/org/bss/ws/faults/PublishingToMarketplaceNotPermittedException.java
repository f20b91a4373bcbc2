package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/** SOAP fault {@code PublishingToMarketplaceNotPermittedException}: the supplier may not publish on the marketplace. */
@WebFault(name = "PublishingToMarketplaceNotPermittedException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class PublishingToMarketplaceNotPermittedException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicationExceptionBean faultInfo;

    public PublishingToMarketplaceNotPermittedException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
