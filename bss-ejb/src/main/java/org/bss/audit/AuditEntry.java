package org.bss.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/**
 * One audit log entry (table audit_log, AUD-1): when, which operation, who (user, organization) and the full
 * pair text in the AUD-2 order (userId, orgId, orgName first). Append-only: never updated or deleted by BSS.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    /** Characters the pairs column holds; longer texts are cut ({@link AuditPairs#fit}). */
    public static final int PAIRS_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @Column(name = "id")
    private long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "operation_id", nullable = false)
    private int operationId;

    @Column(name = "operation_name", nullable = false, length = 100)
    private String operationName;

    @Column(name = "user_id", nullable = false, length = 100)
    private String userId;

    @Column(name = "org_id", length = 100)
    private String orgId;

    @Column(name = "org_name", length = 100)
    private String orgName;

    @Column(name = "pairs", nullable = false, length = PAIRS_LENGTH)
    private String pairs;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, AuditOperation operation, AuditCaller caller, String pairs) {
        this.occurredAt = occurredAt;
        this.operationId = operation.id();
        this.operationName = operation.operationName();
        this.userId = cut(caller.userId(), 100);
        this.orgId = cut(caller.orgId(), 100);
        this.orgName = cut(caller.orgName(), 100);
        this.pairs = AuditPairs.fit(pairs, PAIRS_LENGTH);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getOperationId() {
        return operationId;
    }

    public String getOperationName() {
        return operationName;
    }

    public String getUserId() {
        return userId;
    }

    public String getOrgId() {
        return orgId;
    }

    public String getOrgName() {
        return orgName;
    }

    /** The whole pair text, userId, orgId, orgName first. */
    public String getPairs() {
        return pairs;
    }
}
