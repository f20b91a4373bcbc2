package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voRoleDefinition} (ws-contract §3.20): a role of the application for subscription users.
 */
@XmlType(
        name = "voRoleDefinition",
        propOrder = {"description", "name", "roleId"})
public class VORoleDefinition extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String description;
    private String name;
    private String roleId;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRoleId() {
        return roleId;
    }

    public void setRoleId(String roleId) {
        this.roleId = roleId;
    }
}
