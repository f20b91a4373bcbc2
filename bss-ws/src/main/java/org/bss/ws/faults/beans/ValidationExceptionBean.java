package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code validationExceptionBean}: adds the offending {@code member} and the {@code reason}. */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "validationExceptionBean",
        propOrder = {"member", "reason"})
public class ValidationExceptionBean extends ApplicationExceptionBean {

    private String member;
    private String reason;

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
