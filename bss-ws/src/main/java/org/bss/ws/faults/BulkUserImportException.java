package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import org.bss.ws.faults.beans.BulkUserImportExceptionBean;

/** SOAP fault {@code BulkUserImportException}: a user file was refused as a whole, or some of its lines were rejected (the message lists each line and why). */
@WebFault(name = "BulkUserImportException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class BulkUserImportException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient BulkUserImportExceptionBean faultInfo;

    public BulkUserImportException(String message, BulkUserImportExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public BulkUserImportException(String message, BulkUserImportExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    @Override
    public BulkUserImportExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
