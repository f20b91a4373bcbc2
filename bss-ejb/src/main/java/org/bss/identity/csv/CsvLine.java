package org.bss.identity.csv;

import java.util.ArrayList;
import java.util.List;
import org.bss.common.ValidationException;

/**
 * Splits one line into comma-separated fields, RFC 4180 style: a field may be enclosed in double quotes (then it
 * may hold commas, and "" stands for one quote); spaces and tabs around a quoted field are ignored. A quote must
 * enclose the whole field and close on the same line, because a user is one line (App. F): a line with an open
 * quote is rejected rather than joined with the next one.
 */
final class CsvLine {

    private CsvLine() {}

    /**
     * @return the raw field values (quotes removed, not trimmed)
     * @throws ValidationException userImport.row.unclosedQuote or userImport.row.quote naming the column
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int pos = 0;
        while (true) {
            String column = String.valueOf(fields.size() + 1);
            StringBuilder value = new StringBuilder();
            int open = skipBlanks(line, pos);
            if (open < line.length() && line.charAt(open) == '"') {
                pos = quoted(line, open + 1, value, column);
                pos = skipBlanks(line, pos);
                if (pos < line.length() && line.charAt(pos) != ',') {
                    throw new ValidationException("userImport.row.quote", column);
                }
            } else {
                while (pos < line.length() && line.charAt(pos) != ',') {
                    if (line.charAt(pos) == '"') {
                        throw new ValidationException("userImport.row.quote", column);
                    }
                    value.append(line.charAt(pos++));
                }
            }
            fields.add(value.toString());
            if (pos >= line.length()) {
                return fields;
            }
            pos++; // the comma
        }
    }

    /** Reads a quoted value starting after its opening quote; returns the position after the closing quote. */
    private static int quoted(String line, int pos, StringBuilder value, String column) {
        while (pos < line.length()) {
            char c = line.charAt(pos++);
            if (c != '"') {
                value.append(c);
            } else if (pos < line.length() && line.charAt(pos) == '"') {
                value.append('"');
                pos++;
            } else {
                return pos;
            }
        }
        throw new ValidationException("userImport.row.unclosedQuote", column);
    }

    private static int skipBlanks(String line, int pos) {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }
}
