package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code voCustomerService} (ws-contract §3.46): a customer-specific service with its customer. */
@XmlType(
        name = "voCustomerService",
        propOrder = {"organizationId", "organizationKey", "organizationName"})
public class VOCustomerService extends VOService {

    private static final long serialVersionUID = 1L;

    private String organizationId;
    private Long organizationKey;
    private String organizationName;

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public Long getOrganizationKey() {
        return organizationKey;
    }

    public void setOrganizationKey(Long organizationKey) {
        this.organizationKey = organizationKey;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }
}
