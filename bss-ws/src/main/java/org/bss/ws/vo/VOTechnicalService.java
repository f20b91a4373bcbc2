package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voTechnicalService} (ws-contract §3.16): a technical service with its parameters, events, roles and
 * operations; texts in the caller's language. {@code key} and {@code version} are the stored technical service's; the
 * operations that take one use only them.
 */
@XmlType(
        name = "voTechnicalService",
        propOrder = {
            "accessInfo",
            "accessType",
            "baseUrl",
            "billingId",
            "eventDefinitions",
            "externalBilling",
            "license",
            "loginPath",
            "parameterDefinitions",
            "provisioningUrl",
            "provisioningVersion",
            "roleDefinitions",
            "tags",
            "technicalServiceBuildId",
            "technicalServiceDescription",
            "technicalServiceId",
            "technicalServiceOperations"
        })
public class VOTechnicalService extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String accessInfo;
    private ServiceAccessType accessType;
    private String baseUrl;
    private String billingId;
    private List<VOEventDefinition> eventDefinitions = new ArrayList<>();
    private boolean externalBilling;
    private String license;
    private String loginPath;
    private List<VOParameterDefinition> parameterDefinitions = new ArrayList<>();
    private String provisioningUrl;
    private String provisioningVersion;
    private List<VORoleDefinition> roleDefinitions = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private String technicalServiceBuildId;
    private String technicalServiceDescription;
    private String technicalServiceId;
    private List<VOTechnicalServiceOperation> technicalServiceOperations = new ArrayList<>();

    public String getAccessInfo() {
        return accessInfo;
    }

    public void setAccessInfo(String accessInfo) {
        this.accessInfo = accessInfo;
    }

    public ServiceAccessType getAccessType() {
        return accessType;
    }

    public void setAccessType(ServiceAccessType accessType) {
        this.accessType = accessType;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getBillingId() {
        return billingId;
    }

    public void setBillingId(String billingId) {
        this.billingId = billingId;
    }

    @XmlElement(nillable = true)
    public List<VOEventDefinition> getEventDefinitions() {
        return eventDefinitions;
    }

    public void setEventDefinitions(List<VOEventDefinition> eventDefinitions) {
        this.eventDefinitions = eventDefinitions;
    }

    public boolean isExternalBilling() {
        return externalBilling;
    }

    public void setExternalBilling(boolean externalBilling) {
        this.externalBilling = externalBilling;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public String getLoginPath() {
        return loginPath;
    }

    public void setLoginPath(String loginPath) {
        this.loginPath = loginPath;
    }

    @XmlElement(nillable = true)
    public List<VOParameterDefinition> getParameterDefinitions() {
        return parameterDefinitions;
    }

    public void setParameterDefinitions(List<VOParameterDefinition> parameterDefinitions) {
        this.parameterDefinitions = parameterDefinitions;
    }

    public String getProvisioningUrl() {
        return provisioningUrl;
    }

    public void setProvisioningUrl(String provisioningUrl) {
        this.provisioningUrl = provisioningUrl;
    }

    public String getProvisioningVersion() {
        return provisioningVersion;
    }

    public void setProvisioningVersion(String provisioningVersion) {
        this.provisioningVersion = provisioningVersion;
    }

    @XmlElement(nillable = true)
    public List<VORoleDefinition> getRoleDefinitions() {
        return roleDefinitions;
    }

    public void setRoleDefinitions(List<VORoleDefinition> roleDefinitions) {
        this.roleDefinitions = roleDefinitions;
    }

    @XmlElement(nillable = true)
    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getTechnicalServiceBuildId() {
        return technicalServiceBuildId;
    }

    public void setTechnicalServiceBuildId(String technicalServiceBuildId) {
        this.technicalServiceBuildId = technicalServiceBuildId;
    }

    public String getTechnicalServiceDescription() {
        return technicalServiceDescription;
    }

    public void setTechnicalServiceDescription(String technicalServiceDescription) {
        this.technicalServiceDescription = technicalServiceDescription;
    }

    public String getTechnicalServiceId() {
        return technicalServiceId;
    }

    public void setTechnicalServiceId(String technicalServiceId) {
        this.technicalServiceId = technicalServiceId;
    }

    @XmlElement(nillable = true)
    public List<VOTechnicalServiceOperation> getTechnicalServiceOperations() {
        return technicalServiceOperations;
    }

    public void setTechnicalServiceOperations(List<VOTechnicalServiceOperation> technicalServiceOperations) {
        this.technicalServiceOperations = technicalServiceOperations;
    }
}
