package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code bulkUserImportExceptionBean}: adds the {@code reason} (the contract's BulkUserImportException.Reason
 * constants: PARSING_FAILED, WRONG_NUMBER_OF_FIELDS, WRONG_SALUTATION, WRONG_ROLE, MISSING_USERID, MISSING_LOCALE,
 * USER_CREATION_FAILED, EMAIL_REQUIRED).
 */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "bulkUserImportExceptionBean",
        propOrder = {"reason"})
public class BulkUserImportExceptionBean extends ApplicationExceptionBean {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
