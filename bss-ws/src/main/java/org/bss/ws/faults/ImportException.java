package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.ImportExceptionBean;

/**
 * SOAP fault {@code ImportException}: a technical-services file was refused as a whole; {@code details} and
 * {@code messageParams} hold every problem with its line and column.
 */
@WebFault(name = "ImportException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class ImportException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient ImportExceptionBean faultInfo;

    public ImportException(String message, ImportExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ImportException(String message, ImportExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public ImportExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
