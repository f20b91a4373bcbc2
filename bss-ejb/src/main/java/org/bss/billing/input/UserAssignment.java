package org.bss.billing.input;

import java.time.Instant;
import java.util.Objects;

/**
 * A user assigned to the subscription with one role over [from, to) (to null = still assigned). A role
 * change is a new assignment starting when the previous one ends.
 */
public record UserAssignment(String userId, String roleId, Instant from, Instant to) {
    public UserAssignment {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(from, "assignment start");
    }
}
