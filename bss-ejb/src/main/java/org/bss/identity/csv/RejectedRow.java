package org.bss.identity.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bss.common.Messages;

/**
 * A line of a user file that creates no user: its line number, its user id when one could be read, and why
 * (a key of {@code org/bss/common/messages} with its parameters).
 */
public record RejectedRow(int line, String userId, String messageKey, List<String> params) {

    public RejectedRow {
        Objects.requireNonNull(messageKey, "messageKey");
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** The reason alone, in the given language. */
    public String reason(Locale locale) {
        return Messages.format(locale, messageKey, params.toArray());
    }

    /** "Line n (user ID u): reason" in the given language, for result lists. */
    public String message(Locale locale) {
        String l = String.valueOf(line);
        return userId == null
                ? Messages.format(locale, "userImport.rejected.line", l, reason(locale))
                : Messages.format(locale, "userImport.rejected.lineUser", l, userId, reason(locale));
    }
}
