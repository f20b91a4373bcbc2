package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/**
 * XSD {@code voOrganizationRegistration} (BSS): the answer of {@code registerOrganization}: the new
 * {@code organization} and its first administrator's {@code administratorUserId}, {@code administratorUserKey}
 * (the login name of SOAP and the CLI) and {@code initialPassword} (shown once; it must be changed at the first
 * login).
 */
@XmlType(
        name = "voOrganizationRegistration",
        propOrder = {"administratorUserId", "administratorUserKey", "initialPassword", "organization"})
public class VOOrganizationRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    private String administratorUserId;
    private long administratorUserKey;
    private String initialPassword;
    private VOOperatorOrganization organization;

    public String getAdministratorUserId() {
        return administratorUserId;
    }

    public void setAdministratorUserId(String administratorUserId) {
        this.administratorUserId = administratorUserId;
    }

    public long getAdministratorUserKey() {
        return administratorUserKey;
    }

    public void setAdministratorUserKey(long administratorUserKey) {
        this.administratorUserKey = administratorUserKey;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public VOOperatorOrganization getOrganization() {
        return organization;
    }

    public void setOrganization(VOOperatorOrganization organization) {
        this.organization = organization;
    }
}
