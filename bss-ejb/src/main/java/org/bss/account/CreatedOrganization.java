package org.bss.account;

/**
 * Result of creating an organization: its new id, the first administrator's user id and initial password (which a
 * later slice sends by mail; the password must be changed at first login).
 */
public record CreatedOrganization(String orgId, String administratorUserId, String initialPassword) {

    @Override
    public String toString() {
        return "CreatedOrganization[orgId=" + orgId + ", administratorUserId=" + administratorUserId + "]";
    }
}
