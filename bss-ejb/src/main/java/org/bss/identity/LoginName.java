package org.bss.identity;

import org.bss.realm.spi.CredentialVerifier;

/**
 * A login name as the realm receives it (USR-2): a user key in decimal digits (SOAP, CLI), {@code id:<userId>}
 * (portal), or any other text taken as a user id.
 */
public sealed interface LoginName {

    record ByKey(long userKey) implements LoginName {}

    record ById(String userId) implements LoginName {}

    /** @return null when the name is empty */
    static LoginName parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.startsWith(CredentialVerifier.USER_ID_PREFIX)) {
            String id = name.substring(CredentialVerifier.USER_ID_PREFIX.length());
            return id.isEmpty() ? null : new ById(id);
        }
        if (name.matches("[0-9]{1,18}")) {
            return new ByKey(Long.parseLong(name));
        }
        return new ById(name);
    }
}
