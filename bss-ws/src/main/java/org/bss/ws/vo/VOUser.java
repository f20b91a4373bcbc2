package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * XSD {@code voUser} (ws-contract §3.2): a user as operations address it. Lookups use {@code userId} only;
 * {@code key} and {@code version} come back from the server. {@code organizationRoles} carries the contract's
 * OrganizationRoleType values as plain strings (the same text on the wire).
 */
@XmlType(
        name = "voUser",
        propOrder = {"organizationId", "organizationRoles", "status", "userId", "userRoles"})
public class VOUser extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String organizationId;
    private List<String> organizationRoles = new ArrayList<>();
    private UserAccountStatus status;
    private String userId;
    private List<UserRoleType> userRoles = new ArrayList<>();

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    @XmlElement(nillable = true)
    public List<String> getOrganizationRoles() {
        return organizationRoles;
    }

    public void setOrganizationRoles(List<String> organizationRoles) {
        this.organizationRoles = organizationRoles;
    }

    public UserAccountStatus getStatus() {
        return status;
    }

    public void setStatus(UserAccountStatus status) {
        this.status = status;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    @XmlElement(nillable = true)
    public List<UserRoleType> getUserRoles() {
        return userRoles;
    }

    public void setUserRoles(List<UserRoleType> userRoles) {
        this.userRoles = userRoles;
    }
}
