package org.bss.common;

/** Credentials missing, wrong, expired or revoked, or the account is locked; never says which. */
public class AuthenticationException extends BssException {
    public AuthenticationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.AUTHENTICATION;
    }
}
