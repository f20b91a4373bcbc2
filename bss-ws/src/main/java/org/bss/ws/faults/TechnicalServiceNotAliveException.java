package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ApplicationExceptionBean;

/**
 * SOAP fault {@code TechnicalServiceNotAliveException}: the provisioning URL of a technical service did not answer.
 * The contract's reason is only the suffix of {@code messageKey} (the bean has no reason element): CONNECTION_REFUSED,
 * TIMEOUT or ENDPOINT (something answered, but not 2xx; or there is no provisioning URL).
 */
@WebFault(name = "TechnicalServiceNotAliveException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class TechnicalServiceNotAliveException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    static final String CONNECTION_REFUSED = "CONNECTION_REFUSED";
    static final String TIMEOUT = "TIMEOUT";
    static final String ENDPOINT = "ENDPOINT";

    private final transient ApplicationExceptionBean faultInfo;

    public TechnicalServiceNotAliveException(String message, ApplicationExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public TechnicalServiceNotAliveException(String message, ApplicationExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public ApplicationExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
