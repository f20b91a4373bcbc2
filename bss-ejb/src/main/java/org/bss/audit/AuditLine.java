package org.bss.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bss.common.log.LogLine;

/**
 * The export line of AUD-4 (guide App. D):
 * {@code MM/DD/YYYY_HH:MM:SS.sss,FSP_INTS-BSS,INFO,<id>,<operation name>,<pairs>}, the time in the platform's
 * time zone (TIME_ZONE_ID). The label is BSS's log label ({@link LogLine#LABEL}); the level is always INFO.
 */
public final class AuditLine {

    public static final String LEVEL = "INFO";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM/dd/uuuu_HH:mm:ss.SSS");

    private AuditLine() {}

    public static String format(Instant occurredAt, ZoneId zone, int operationId, String operationName, String pairs) {
        return TIME.format(occurredAt.atZone(zone)) + "," + LogLine.LABEL + "," + LEVEL + "," + operationId + ","
                + operationName + ","
                + (pairs == null ? "" : pairs.replace('\r', ' ').replace('\n', ' '));
    }

    public static String format(AuditEntry entry, ZoneId zone) {
        return format(entry.getOccurredAt(), zone, entry.getOperationId(), entry.getOperationName(), entry.getPairs());
    }
}
