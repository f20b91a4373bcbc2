package org.bss.portal.ldap;

import java.io.Serializable;
import org.bss.identity.ldap.LdapUser;

/** One entry found in the directory, as the import page lists it (the mapped fields; null when not mapped). */
public final class LdapEntryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String additionalName;
    private final String locale;

    LdapEntryRow(LdapUser user) {
        uid = user.uid();
        email = user.email();
        firstName = user.firstName();
        lastName = user.lastName();
        additionalName = user.additionalName();
        locale = user.locale();
    }

    public String getUid() {
        return uid;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getAdditionalName() {
        return additionalName;
    }

    public String getLocale() {
        return locale;
    }
}
