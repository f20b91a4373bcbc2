package org.bss.account;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.bss.common.ValidationException;

/** The syntax of an organization's distinguished name (ORG-8): an LDAP name (RFC 4514) of at most 255 characters. */
final class DistinguishedNames {

    static final int MAX = 255;
    static final String FIELD = "distinguishedName";

    private DistinguishedNames() {}

    /**
     * The name as stored: stripped; null for null or blank (removes the name).
     *
     * @throws ValidationException account.field.tooLong or account.dn.invalid
     */
    static String normalize(String distinguishedName) {
        if (distinguishedName == null || distinguishedName.isBlank()) {
            return null;
        }
        String dn = distinguishedName.strip();
        if (dn.length() > MAX) {
            throw new ValidationException(
                    "account.field.tooLong", FIELD, String.valueOf(MAX), String.valueOf(dn.length()));
        }
        try {
            new LdapName(dn);
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw new ValidationException("account.dn.invalid", dn);
        }
        return dn;
    }
}
