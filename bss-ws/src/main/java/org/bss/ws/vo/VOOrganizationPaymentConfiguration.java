package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voOrganizationPaymentConfiguration} (ws-contract §3.37, no BaseVO): the payment types a seller offers one
 * customer.
 */
@XmlType(
        name = "voOrganizationPaymentConfiguration",
        propOrder = {"enabledPaymentTypes", "organization"})
public class VOOrganizationPaymentConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<VOPaymentType> enabledPaymentTypes = new ArrayList<>();

    private VOOrganization organization;

    @XmlElement(nillable = true)
    public List<VOPaymentType> getEnabledPaymentTypes() {
        return enabledPaymentTypes;
    }

    public void setEnabledPaymentTypes(List<VOPaymentType> enabledPaymentTypes) {
        this.enabledPaymentTypes = enabledPaymentTypes;
    }

    public VOOrganization getOrganization() {
        return organization;
    }

    public void setOrganization(VOOrganization organization) {
        this.organization = organization;
    }
}
