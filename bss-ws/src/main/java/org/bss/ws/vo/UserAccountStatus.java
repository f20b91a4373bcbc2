package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code userAccountStatus} (ws-contract §4). BSS stores ACTIVE or LOCKED plus the "must change password" flag
 * and the failed-login count; the endpoint derives the contract's status from them. LOCKED_NOT_CONFIRMED is
 * accepted as a lock request but never reported (BSS has no unconfirmed accounts).
 */
@XmlType(name = "userAccountStatus")
@XmlEnum
public enum UserAccountStatus {
    ACTIVE,
    PASSWORD_MUST_BE_CHANGED,
    LOCKED_NOT_CONFIRMED,
    LOCKED_FAILED_LOGIN_ATTEMPTS,
    LOCKED;

    /** True for the statuses that lock the account. */
    public boolean isLocked() {
        return this == LOCKED || this == LOCKED_FAILED_LOGIN_ATTEMPTS || this == LOCKED_NOT_CONFIRMED;
    }
}
