package org.bss.common.security;

import java.util.Optional;

/**
 * Who a login name (the EJB caller principal) is, for the features below identity that must name the caller
 * without depending on the user model (the audit trail). Identity implements it.
 */
public interface CallerDirectory {

    /** @return the user this login name (user key, {@code id:<userId>} or user id) names, or empty */
    Optional<CallerIdentity> find(String loginName);
}
