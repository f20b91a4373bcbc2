package org.bss.account;

/**
 * Result of creating an organization: the organization, its first administrator's user id and user key (the login
 * name of SOAP and the CLI) and initial password (which must be changed at first login; surfaces show it once; null for
 * an LDAP-managed organization, whose administrator signs in with the LDAP password).
 */
public record CreatedOrganization(
        OrganizationView organization, String administratorUserId, long administratorUserKey, String initialPassword) {

    public String orgId() {
        return organization.orgId();
    }

    @Override
    public String toString() {
        return "CreatedOrganization[orgId=" + orgId() + ", administratorUserId=" + administratorUserId + "]";
    }
}
