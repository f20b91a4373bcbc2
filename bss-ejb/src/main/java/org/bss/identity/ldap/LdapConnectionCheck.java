package org.bss.identity.ldap;

import java.util.List;
import java.util.Locale;
import org.bss.common.Messages;

/** Outcome of a connection test (guide 3.5.2): OK, or what failed, as a message key with its arguments. */
public record LdapConnectionCheck(boolean ok, String messageKey, List<String> arguments) {

    public LdapConnectionCheck {
        arguments = List.copyOf(arguments);
    }

    static LdapConnectionCheck ok(LdapSettings settings) {
        return new LdapConnectionCheck(true, "ldap.connect.ok", List.of(settings.url(), settings.baseDn()));
    }

    static LdapConnectionCheck failed(LdapUnavailableException e) {
        return new LdapConnectionCheck(
                false,
                e.messageKey(),
                List.of(e.arguments()).stream().map(String::valueOf).toList());
    }

    /** The outcome in the caller's language (en, de, ja). */
    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments.toArray());
    }
}
