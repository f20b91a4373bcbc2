package org.bss.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/**
 * One CSV import of users (USR-5) and its progress; rejected lines are {@link UserImportRejection}s. An import runs
 * in the background of the server that started it; one that stays RUNNING without progress for {@link #STALLED}
 * was cut off by a server stop and counts as FAILED (the chunks done so far are committed).
 */
@Entity
@Table(name = "user_import")
public class UserImport {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /** A chunk of users takes about a second; this long without one means nobody is running the import. */
    static final Duration STALLED = Duration.ofMinutes(15);

    @Id
    @Column(name = "import_id", length = 36)
    private String importId;

    @Column(name = "org_key", nullable = false)
    private long organizationKey;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status = Status.RUNNING;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "imported_users", nullable = false)
    private int importedUsers;

    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;

    @Convert(converter = InstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_progress_at", nullable = false)
    private Instant lastProgressAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserImport() {}

    /** A new import of {@code totalRows} data lines, of which {@code rejectedByParser} were refused already. */
    public UserImport(
            String importId,
            long organizationKey,
            String requestedBy,
            int totalRows,
            int rejectedByParser,
            Instant now) {
        this.importId = importId;
        this.organizationKey = organizationKey;
        this.requestedBy = requestedBy;
        this.totalRows = totalRows;
        this.processedRows = rejectedByParser;
        this.rejectedRows = rejectedByParser;
        this.startedAt = now;
        this.lastProgressAt = now;
    }

    /** Counts a processed chunk. */
    void progress(int imported, int rejected, Instant now) {
        importedUsers += imported;
        rejectedRows += rejected;
        processedRows += imported + rejected;
        lastProgressAt = now;
    }

    void finish(Status outcome, Instant now) {
        status = outcome;
        finishedAt = now;
        lastProgressAt = now;
    }

    /** The status as of {@code now}: a RUNNING import without progress for {@link #STALLED} has FAILED. */
    public Status statusAt(Instant now) {
        return isStalled(now) ? Status.FAILED : status;
    }

    /** When it finished as of {@code now}: a stalled import at its last progress. */
    public Instant finishedAt(Instant now) {
        return isStalled(now) ? lastProgressAt : finishedAt;
    }

    private boolean isStalled(Instant now) {
        return status == Status.RUNNING && now.isAfter(lastProgressAt.plus(STALLED));
    }

    public String getImportId() {
        return importId;
    }

    public long getOrganizationKey() {
        return organizationKey;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getImportedUsers() {
        return importedUsers;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
