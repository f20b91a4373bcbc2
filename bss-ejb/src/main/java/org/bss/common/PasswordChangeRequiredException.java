package org.bss.common;

/** The password is initial, reset or expired and must be changed first. */
public class PasswordChangeRequiredException extends BssException {
    public PasswordChangeRequiredException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.PASSWORD_CHANGE_REQUIRED;
    }
}
