package org.bss.ws.faults.beans;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code applicationExceptionBean}: the detail every fault carries. */
@XmlAccessorType(XmlAccessType.PROPERTY)
@XmlType(
        name = "applicationExceptionBean",
        propOrder = {"causeStackTrace", "id", "messageKey", "messageParams"})
public class ApplicationExceptionBean {

    private String causeStackTrace;
    private String id;
    private String messageKey;
    private List<String> messageParams = new ArrayList<>();

    /** Always empty: BSS does not send server stack traces to callers. */
    public String getCauseStackTrace() {
        return causeStackTrace;
    }

    public void setCauseStackTrace(String causeStackTrace) {
        this.causeStackTrace = causeStackTrace;
    }

    /** Millisecond timestamp of the fault; also printed in the server log next to the error. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public void setMessageKey(String messageKey) {
        this.messageKey = messageKey;
    }

    @XmlElement(nillable = true)
    public List<String> getMessageParams() {
        return messageParams;
    }

    public void setMessageParams(List<String> messageParams) {
        this.messageParams = messageParams;
    }
}
