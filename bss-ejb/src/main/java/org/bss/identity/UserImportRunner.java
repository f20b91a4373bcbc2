package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogMessage;
import org.bss.identity.csv.UserCsvRow;

/** Runs an import in the background, chunk by chunk; the caller's identity goes along for the audit entry. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserImportRunner {

    static final int CHUNK = 200;

    @EJB
    private UserImportStore store;

    @Asynchronous
    public void run(String importId, String organizationId, List<UserCsvRow> rows) {
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                store.importChunk(importId, organizationId, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            }
            store.finish(importId, UserImport.Status.DONE);
        } catch (RuntimeException e) {
            BssLog.system().error(LogMessage.USER_IMPORT_FAILED, e, importId, e.toString());
            store.finish(importId, UserImport.Status.FAILED);
        }
    }
}
