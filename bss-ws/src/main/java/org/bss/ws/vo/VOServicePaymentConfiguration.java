package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voServicePaymentConfiguration} (ws-contract §3.38, no BaseVO): the payment types a seller offers for one
 * service.
 */
@XmlType(
        name = "voServicePaymentConfiguration",
        propOrder = {"enabledPaymentTypes", "service"})
public class VOServicePaymentConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<VOPaymentType> enabledPaymentTypes = new ArrayList<>();

    private VOService service;

    @XmlElement(nillable = true)
    public List<VOPaymentType> getEnabledPaymentTypes() {
        return enabledPaymentTypes;
    }

    public void setEnabledPaymentTypes(List<VOPaymentType> enabledPaymentTypes) {
        this.enabledPaymentTypes = enabledPaymentTypes;
    }

    public VOService getService() {
        return service;
    }

    public void setService(VOService service) {
        this.service = service;
    }
}
