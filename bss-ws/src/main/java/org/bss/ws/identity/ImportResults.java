package org.bss.ws.identity;

import java.util.List;
import java.util.Locale;
import org.bss.identity.UserImport;
import org.bss.identity.UserImportView;
import org.bss.identity.csv.RejectedRow;
import org.bss.ws.faults.BulkUserImportException;

/**
 * The outcome of a synchronous CSV import on the wire: nothing when every line created a user, otherwise a
 * BulkUserImportException whose message lists each rejected line with its number and reason ("Line n (user ID u):
 * reason", English) and whose {@code messageParams} hold the same lines one by one. The lines that were fine are
 * imported all the same (App. F). {@code reason} is the contract's constant for the first rejected line. A file
 * refused as a whole is a ValidationException of the service, made a BulkUserImportException by FaultTable.
 */
final class ImportResults {

    static final String PARSING_FAILED = BulkUserImportException.PARSING_FAILED;
    static final String WRONG_NUMBER_OF_FIELDS = "WRONG_NUMBER_OF_FIELDS";
    static final String WRONG_SALUTATION = "WRONG_SALUTATION";
    static final String WRONG_ROLE = "WRONG_ROLE";
    static final String MISSING_USERID = "MISSING_USERID";
    static final String MISSING_LOCALE = "MISSING_LOCALE";
    static final String EMAIL_REQUIRED = "EMAIL_REQUIRED";
    static final String USER_CREATION_FAILED = "USER_CREATION_FAILED";

    private ImportResults() {}

    /** @throws BulkUserImportException lines were rejected, the import failed or did not finish in time */
    static void check(UserImportView view) throws BulkUserImportException {
        if (view.status() == UserImport.Status.DONE && view.rejectedRows() == 0) {
            return;
        }
        if (view.status() != UserImport.Status.DONE) {
            String text = view.status() == UserImport.Status.RUNNING
                    ? "The import " + view.importId() + " did not finish in time; " + view.processedRows() + " of "
                            + view.totalRows() + " lines are done, the rest goes on in the background."
                    : "The import " + view.importId() + " failed after " + view.processedRows() + " of "
                            + view.totalRows() + " lines.";
            throw fault(USER_CREATION_FAILED, text, List.of(view.importId()));
        }
        List<String> lines =
                view.rejected().stream().map(row -> row.message(Locale.ENGLISH)).toList();
        String text = view.rejectedRows() + " of " + view.totalRows() + " lines were not imported ("
                + view.importedUsers() + " users created): " + String.join("; ", lines);
        throw fault(
                view.rejected().isEmpty()
                        ? USER_CREATION_FAILED
                        : reason(view.rejected().get(0)),
                text,
                lines);
    }

    /** The contract's reason for a rejected line. */
    static String reason(RejectedRow row) {
        String key = row.messageKey();
        String field = row.params().isEmpty() ? "" : row.params().get(0);
        if (key.equals("userImport.row.columns")) {
            return WRONG_NUMBER_OF_FIELDS;
        }
        if ((key.startsWith("userImport.row.") && key.endsWith("Role")) || key.startsWith("identity.role.")) {
            return WRONG_ROLE;
        }
        if (key.equals("userImport.row.quote") || key.equals("userImport.row.unclosedQuote")) {
            return PARSING_FAILED;
        }
        if (field.equals("salutation")) {
            return WRONG_SALUTATION;
        }
        if (key.equals("account.field.required")) {
            return switch (field) {
                case "userId" -> MISSING_USERID;
                case "locale" -> MISSING_LOCALE;
                case "email" -> EMAIL_REQUIRED;
                default -> USER_CREATION_FAILED;
            };
        }
        return USER_CREATION_FAILED;
    }

    private static BulkUserImportException fault(String reason, String text, List<String> params) {
        return BulkUserImportException.withReason(reason, text, params);
    }
}
