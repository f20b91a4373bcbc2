package org.bss.identity;

/**
 * A user lost the right to use what it was given before: its account was locked (by an administrator or by failed
 * logins), its password changed or reset (by itself, an administrator or a recovery mail), or a role was taken away.
 * Fired in the transaction that makes the change; the token feature ends the user's API tokens in it
 * ({@code org.bss.identity.token.TokenRevocation}), so the change and the revocation commit together. Deleting a user
 * needs no event: its {@code api_token} row goes with it (foreign key, on delete cascade).
 */
public record AccessWithdrawn(long userKey, Cause cause) {

    /** What ended the access (for the log). */
    public enum Cause {
        LOCKED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        ROLE_REMOVED
    }
}
