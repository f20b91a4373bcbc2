package org.bss.web.resource.user;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.bss.identity.UserImportView;
import org.bss.identity.csv.RejectedRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON of a CSV user import (USR-5). */
public final class ImportDto {

    private ImportDto() {}

    @Schema(name = "UserImport", description = "State of a CSV user import; poll it until status is not RUNNING")
    @JsonbPropertyOrder({
        "importId",
        "organizationId",
        "status",
        "totalRows",
        "processedRows",
        "importedUsers",
        "rejectedRows",
        "percent",
        "startedAt",
        "finishedAt",
        "rejected"
    })
    public static class Import {
        public String importId;
        public String organizationId;

        @Schema(enumeration = {"RUNNING", "DONE", "FAILED"})
        public String status;

        @Schema(description = "Users (non-blank lines) in the file")
        public int totalRows;

        public int processedRows;
        public int importedUsers;
        public int rejectedRows;

        @Schema(description = "Progress 0..100 (100 when finished)")
        public int percent;

        @Schema(description = "ISO-8601 instant")
        public String startedAt;

        @Schema(description = "ISO-8601 instant; absent while running")
        public String finishedAt;

        @Schema(description = "Every rejected line, by line number; filled when the import is finished")
        public List<Rejected> rejected;

        static Import of(UserImportView v, Locale locale) {
            Import i = new Import();
            i.importId = v.importId();
            i.organizationId = v.organizationId();
            i.status = v.status().name();
            i.totalRows = v.totalRows();
            i.processedRows = v.processedRows();
            i.importedUsers = v.importedUsers();
            i.rejectedRows = v.rejectedRows();
            i.percent = v.percent();
            i.startedAt = UserDto.text(v.startedAt());
            i.finishedAt = UserDto.text(v.finishedAt());
            i.rejected = v.rejected() == null
                    ? List.of()
                    : v.rejected().stream().map(r -> Rejected.of(r, locale)).toList();
            return i;
        }
    }

    @Schema(name = "RejectedRow", description = "A line of the file that created no user")
    @JsonbPropertyOrder({"line", "userId", "reason"})
    public static class Rejected {
        @Schema(description = "Line number in the file (blank lines count)")
        public int line;

        @Schema(description = "The user id of the line, when it could be read")
        public String userId;

        @Schema(description = "Why, in the language of Accept-Language")
        public String reason;

        static Rejected of(RejectedRow row, Locale locale) {
            Rejected r = new Rejected();
            r.line = row.line();
            r.userId = row.userId();
            r.reason = row.reason(locale);
            return r;
        }
    }
}
