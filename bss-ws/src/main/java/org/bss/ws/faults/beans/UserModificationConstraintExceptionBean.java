package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code userModificationConstraintExceptionBean}: adds the {@code reason} (the contract knows LAST_ADMIN). */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "userModificationConstraintExceptionBean",
        propOrder = {"reason"})
public class UserModificationConstraintExceptionBean extends ApplicationExceptionBean {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
