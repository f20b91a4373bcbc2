package org.bss.portal.ldap;

import java.io.Serializable;
import java.util.Locale;
import org.bss.identity.ldap.LdapImportResult;

/** A user id the import did not create, with the service's reason in the view's language. */
public final class LdapRejectionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final String reason;

    LdapRejectionRow(LdapImportResult.Rejection rejection, Locale locale) {
        uid = rejection.uid();
        reason = rejection.message(locale);
    }

    public String getUid() {
        return uid;
    }

    public String getReason() {
        return reason;
    }
}
