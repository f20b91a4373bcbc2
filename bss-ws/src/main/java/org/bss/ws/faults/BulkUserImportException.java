package org.bss.ws.faults;

import jakarta.xml.ws.WebFault;
import java.util.List;
import org.bss.ws.faults.beans.BulkUserImportExceptionBean;

/** SOAP fault {@code BulkUserImportException}: a user file was refused as a whole, or some of its lines were rejected (the message lists each line and why). */
@WebFault(name = "BulkUserImportException", targetNamespace = SaaSApplicationException.NAMESPACE)
public class BulkUserImportException extends SaaSApplicationException {

    private static final long serialVersionUID = 1L;

    /** The contract's reason for a file refused as a whole or a line that could not be parsed. */
    public static final String PARSING_FAILED = "PARSING_FAILED";

    private final transient BulkUserImportExceptionBean faultInfo;

    public BulkUserImportException(String message, BulkUserImportExceptionBean faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public BulkUserImportException(String message, BulkUserImportExceptionBean faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    /** The fault with the contract's {@code reason}; the message key is {@code ex.BulkUserImportException.<reason>}. */
    public static BulkUserImportException withReason(String reason, String text, List<String> params) {
        FaultId id = FaultId.next();
        BulkUserImportExceptionBean bean = id.fill(
                new BulkUserImportExceptionBean(),
                FaultTable.messageKey(BulkUserImportException.class, reason),
                params);
        bean.setReason(reason);
        return new BulkUserImportException(id.text(text), bean);
    }

    @Override
    public BulkUserImportExceptionBean getFaultInfo() {
        return faultInfo;
    }
}
