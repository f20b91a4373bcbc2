package org.bss.identity.ldap;

import java.util.List;
import java.util.Locale;
import org.bss.common.Messages;

/** Outcome of an import: the user ids created, and each user id that was not imported with the reason. */
public record LdapImportResult(List<String> imported, List<Rejection> rejected) {

    public LdapImportResult {
        imported = List.copyOf(imported);
        rejected = List.copyOf(rejected);
    }

    /** A user id not imported; the reason is a message key of the ldap.import.* block with its arguments. */
    public record Rejection(String uid, String messageKey, List<String> arguments) {
        public Rejection {
            arguments = List.copyOf(arguments);
        }

        public String message(Locale locale) {
            return Messages.format(locale, messageKey, arguments.toArray());
        }
    }
}
