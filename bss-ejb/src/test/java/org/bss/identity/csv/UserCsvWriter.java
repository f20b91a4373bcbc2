package org.bss.identity.csv;

import java.util.ArrayList;
import java.util.List;

/** Writes users as lines of App. F for the round-trip tests: a value is quoted when it must be, or when asked. */
final class UserCsvWriter {

    private UserCsvWriter() {}

    static String line(UserCsvRow row, boolean quoteAll) {
        List<String> fields = new ArrayList<>(List.of(
                row.userId(),
                row.email(),
                row.locale(),
                text(row.salutation()),
                text(row.firstName()),
                text(row.lastName()),
                String.join(",", row.roles())));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i), quoteAll));
        }
        return b.toString();
    }

    static String field(String value, boolean quoteAll) {
        if (quoteAll || value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
