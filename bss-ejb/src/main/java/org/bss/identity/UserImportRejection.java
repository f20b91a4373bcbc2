package org.bss.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.bss.account.OrganizationDataValidator;
import org.bss.identity.csv.RejectedRow;

/** A CSV line an import did not turn into a user, with the reason as message key and parameters. */
@Entity
@Table(name = "user_import_rejection")
@IdClass(UserImportRejection.Id.class)
public class UserImportRejection {

    /** Separates parameters in one column; a unit separator appears in no CSV field the parser accepts. */
    private static final String SEPARATOR = "\u001f";

    private static final int USER_ID_MAX = 100;
    private static final int PARAMS_MAX = 4000;

    /** Primary key: the import and the line number. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;
        private String importId;
        private int line;

        public Id() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && line == other.line && java.util.Objects.equals(importId, other.importId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(importId, line);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "import_id", length = 36)
    private String importId;

    @jakarta.persistence.Id
    @Column(name = "line_no")
    private int line;

    @Column(name = "user_id", length = USER_ID_MAX)
    private String userId;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "params", length = PARAMS_MAX)
    private String params;

    protected UserImportRejection() {}

    UserImportRejection(String importId, RejectedRow row) {
        this.importId = importId;
        this.line = row.line();
        // a rejected row may hold any character of the file, also U+0000, which PostgreSQL cannot store
        this.userId = cut(OrganizationDataValidator.visible(row.userId()), USER_ID_MAX);
        this.messageKey = row.messageKey();
        this.params = cut(
                String.join(
                        SEPARATOR,
                        row.params().stream()
                                .map(OrganizationDataValidator::visible)
                                .toList()),
                PARAMS_MAX);
    }

    RejectedRow toRow() {
        List<String> list = params == null || params.isEmpty() ? List.of() : Arrays.asList(params.split(SEPARATOR, -1));
        return new RejectedRow(line, userId, messageKey, list);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
