package org.bss.portal.account;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bss.identity.UserImportView;

/**
 * A user import as the import page shows it: progress, counts, times and the rejected lines with their reasons in
 * the page's language. A serializable copy of {@link UserImportView}.
 */
public class ImportSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A rejected line of the file: line number, user id (when one could be read) and the localized reason. */
    public record Rejected(int line, String userId, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;

        public int getLine() {
            return line;
        }

        public String getUserId() {
            return userId;
        }

        public String getReason() {
            return reason;
        }
    }

    private final String importId;
    private final String organizationId;
    private final String status;
    private final boolean finished;
    private final int totalRows;
    private final int processedRows;
    private final int importedUsers;
    private final int rejectedRows;
    private final int percent;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final List<Rejected> rejected;

    ImportSummary(UserImportView view, Locale locale) {
        importId = view.importId();
        organizationId = view.organizationId();
        status = view.status().name();
        finished = view.finished();
        totalRows = view.totalRows();
        processedRows = view.processedRows();
        importedUsers = view.importedUsers();
        rejectedRows = view.rejectedRows();
        percent = view.percent();
        startedAt = view.startedAt();
        finishedAt = view.finishedAt();
        rejected = view.rejected() == null
                ? List.of()
                : view.rejected().stream()
                        .map(r -> new Rejected(r.line(), r.userId(), r.reason(locale)))
                        .toList();
    }

    public String getImportId() {
        return importId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    /** RUNNING, DONE or FAILED. */
    public String getStatus() {
        return status;
    }

    public boolean isFinished() {
        return finished;
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

    public int getPercent() {
        return percent;
    }

    public Date getStartedAt() {
        return startedAt == null ? null : Date.from(startedAt);
    }

    public Date getFinishedAt() {
        return finishedAt == null ? null : Date.from(finishedAt);
    }

    /** Duration in seconds (one decimal) once finished, else null. */
    public Double getSeconds() {
        if (startedAt == null || finishedAt == null) {
            return null;
        }
        return Math.round(Duration.between(startedAt, finishedAt).toMillis() / 100.0) / 10.0;
    }

    public List<Rejected> getRejected() {
        return rejected;
    }
}
