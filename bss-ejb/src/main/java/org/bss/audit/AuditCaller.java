package org.bss.audit;

/**
 * Who performed an audited operation: the first three pairs of every entry (AUD-2). {@link #SYSTEM} is the
 * platform itself (timers), which has no user and no organization.
 */
record AuditCaller(String userId, String orgId, String orgName) {

    /** The user id written for work the platform does on its own (timers): "SYSTEM", organization empty. */
    static final String SYSTEM_USER_ID = "SYSTEM";

    static final AuditCaller SYSTEM = new AuditCaller(SYSTEM_USER_ID, null, null);

    AuditCaller {
        userId = userId == null ? "" : userId;
    }

    /** userId, orgId, orgName followed by the operation's pairs. */
    AuditPairs pairs(AuditPairs operationPairs) {
        return AuditPairs.caller(userId, orgId, orgName).addAll(operationPairs);
    }
}
