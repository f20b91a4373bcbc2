package org.bss.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** Users' own credentials: verification for token issue, password change, the current user. */
@Stateless
public class IdentityService {

    /**
     * Verifies user id + password with the same rules as the realm (hash, lockout).
     * @throws org.bss.common.AuthenticationException wrong credentials or locked account (never says which)
     * @throws org.bss.common.PasswordChangeRequiredException password initial, reset or expired
     */
    @PermitAll
    public AuthenticatedUser authenticate(String userId, String password) {
        throw new IllegalStateException("skeleton");
    }

    /**
     * Changes a password after verifying the old one; the new one must satisfy the password policy
     * and differ from the old one. Clears "must change".
     * @throws org.bss.common.AuthenticationException wrong old password or locked account
     * @throws org.bss.common.ValidationException new password breaks the policy
     */
    @PermitAll
    public void changePassword(String userId, String oldPassword, String newPassword) {
        throw new IllegalStateException("skeleton");
    }

    /** True when the user must change the password before using the portal or getting tokens. */
    @RolesAllowed(Roles.LOGGED_IN)
    public boolean isPasswordChangeRequired() {
        throw new IllegalStateException("skeleton");
    }

    /** The calling user (principal name = user key). */
    @RolesAllowed(Roles.LOGGED_IN)
    public AuthenticatedUser currentUser() {
        throw new IllegalStateException("skeleton");
    }
}
