package org.bss.identity;

import java.time.Instant;
import java.util.List;
import org.bss.identity.csv.RejectedRow;

/** The state of a CSV import: progress while it runs, the counts and every rejected line (sorted) when done. */
public record UserImportView(
        String importId,
        String organizationId,
        UserImport.Status status,
        int totalRows,
        int processedRows,
        int importedUsers,
        int rejectedRows,
        Instant startedAt,
        Instant finishedAt,
        List<RejectedRow> rejected) {

    public boolean finished() {
        return status != UserImport.Status.RUNNING;
    }

    /** Progress in percent (100 for an empty or finished import). */
    public int percent() {
        return totalRows == 0 || finished() ? 100 : (int) (100L * processedRows / totalRows);
    }
}
