package org.bss.identity;

/** Account status (platform_user.status). */
public enum UserStatus {
    ACTIVE,
    /** Locked after too many failed logins or by an administrator (USR-3); refuses every login. */
    LOCKED
}
