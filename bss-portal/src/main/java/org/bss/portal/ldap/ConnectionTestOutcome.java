package org.bss.portal.ldap;

import java.io.Serializable;
import java.util.Locale;
import org.bss.identity.ldap.LdapConnectionCheck;

/** The last connection test of a page (guide 3.5.2): whether it succeeded and the service's message in the view's language. */
public final class ConnectionTestOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean ok;
    private final String message;

    ConnectionTestOutcome(LdapConnectionCheck check, Locale locale) {
        this.ok = check.ok();
        this.message = check.message(locale);
    }

    public boolean isOk() {
        return ok;
    }

    public String getMessage() {
        return message;
    }
}
