package org.bss.portal.operator;

import java.io.Serializable;

/**
 * One export line of the audit log (AUD-4), split for the table:
 * {@code <time>,FSP_INTS-BSS,INFO,<id>,<operation name>,<pairs>}. The operation names have no commas; the pairs
 * keep theirs.
 */
public class AuditLogRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String time;
    private final String operationId;
    private final String operation;
    private final String pairs;
    private final String line;

    AuditLogRow(String line) {
        this.line = line;
        String[] parts = line.split(",", 6);
        time = parts[0];
        operationId = parts.length > 3 ? parts[3] : "";
        operation = parts.length > 4 ? parts[4] : "";
        pairs = parts.length > 5 ? parts[5] : "";
    }

    /** MM/DD/YYYY_HH:MM:SS.sss in the platform's time zone. */
    public String getTime() {
        return time;
    }

    public String getOperationId() {
        return operationId;
    }

    public String getOperation() {
        return operation;
    }

    /** name=value pairs separated by "|". */
    public String getPairs() {
        return pairs;
    }

    public String getLine() {
        return line;
    }
}
