package org.bss.audit;

/**
 * Who performed an audited operation: the first three pairs of every entry (AUD-2). {@link #SYSTEM} is the
 * platform itself (timers, the lockout rule), {@link #LOCAL_ADMINISTRATOR} the offline recovery commands; neither
 * has an organization, so an entry with an empty orgId was never made by a user of the platform.
 */
public record AuditCaller(String userId, String orgId, String orgName) {

    /** The user id written for work the platform does on its own (timers): "SYSTEM", organization empty. */
    static final String SYSTEM_USER_ID = "SYSTEM";

    /**
     * The user id written for {@code ./bss unlock} and {@code ./bss reset-password}: whoever has a shell on the
     * installation and its database credentials, acting outside the application (docs/audit.md).
     */
    public static final String LOCAL_ADMINISTRATOR_USER_ID = "LOCAL_ADMINISTRATOR";

    static final AuditCaller SYSTEM = new AuditCaller(SYSTEM_USER_ID, null, null);

    public static final AuditCaller LOCAL_ADMINISTRATOR = new AuditCaller(LOCAL_ADMINISTRATOR_USER_ID, null, null);

    public AuditCaller {
        userId = userId == null ? "" : userId;
    }

    /** userId, orgId, orgName followed by the operation's pairs. */
    AuditPairs pairs(AuditPairs operationPairs) {
        return AuditPairs.caller(userId, orgId, orgName).addAll(operationPairs);
    }

    /**
     * The pair text of an entry as the audit_log table stores it: caller pairs, then the operation's pairs,
     * escaped and cut to the column. For writers outside the container (the recovery commands).
     */
    public String storedText(AuditPairs operationPairs) {
        return AuditPairs.fit(pairs(operationPairs).text(), AuditEntry.PAIRS_LENGTH);
    }
}
