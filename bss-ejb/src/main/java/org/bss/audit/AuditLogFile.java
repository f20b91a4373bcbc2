package org.bss.audit;

import org.apache.logging.log4j.LogManager;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogLine;

/**
 * Writes each stored audit entry as one line to audit.log (logger {@value BssLog#AUDIT}) in the §4.1.3 layout:
 * {@code <time> FSP_INTS-BSS: INFO: <operation id>: [Thread-<id>] <operation name>,<pairs>}.
 */
final class AuditLogFile {

    private AuditLogFile() {}

    static String message(AuditOperation operation, long threadId, String pairs) {
        return LogLine.message(operation.id(), threadId, operation.operationName() + "," + pairs);
    }

    static void write(AuditOperation operation, String pairs) {
        LogManager.getContext(AuditLogFile.class.getClassLoader(), false)
                .getLogger(BssLog.AUDIT)
                .info(message(operation, Thread.currentThread().getId(), pairs));
    }
}
