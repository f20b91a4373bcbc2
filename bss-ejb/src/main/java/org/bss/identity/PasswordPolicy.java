package org.bss.identity;

import org.bss.common.ValidationException;

/** The password rule for a new password, pure: at least PASSWORD_MIN_LENGTH characters and not the old one. */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 255;

    private PasswordPolicy() {}

    /** @throws ValidationException naming what is wrong (localized) */
    public static void check(String newPassword, String oldPassword, int minLength) {
        if (newPassword == null || newPassword.codePointCount(0, newPassword.length()) < minLength) {
            throw new ValidationException("identity.password.tooShort", String.valueOf(minLength));
        }
        if (newPassword.length() > MAX_LENGTH) {
            throw new ValidationException("identity.password.tooLong", String.valueOf(MAX_LENGTH));
        }
        if (newPassword.equals(oldPassword)) {
            throw new ValidationException("identity.password.sameAsOld");
        }
    }
}
