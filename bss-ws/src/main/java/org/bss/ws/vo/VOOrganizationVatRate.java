package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voOrganizationVatRate} (ws-contract §3.32): the VAT rate of a customer (read: its organizationId). */
@XmlType(
        name = "voOrganizationVatRate",
        propOrder = {"organization"})
public class VOOrganizationVatRate extends VOVatRate {

    private static final long serialVersionUID = 1L;

    private VOOrganization organization;

    public VOOrganization getOrganization() {
        return organization;
    }

    public void setOrganization(VOOrganization organization) {
        this.organization = organization;
    }
}
