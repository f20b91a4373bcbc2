package org.bss.identity.ldap;

import org.bss.common.ValidationException;

/**
 * The directory of the settings cannot be used: not reachable, the search principal refused, the base DN missing,
 * or another LDAP error (message keys {@code ldap.connect.*}). A validation error, because the settings are
 * what the caller can correct (or the server the operator must bring back).
 */
public class LdapUnavailableException extends ValidationException {
    public LdapUnavailableException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
