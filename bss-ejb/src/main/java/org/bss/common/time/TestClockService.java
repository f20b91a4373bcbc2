package org.bss.common.time;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.Instant;
import org.bss.identity.Roles;

/**
 * Moves BSS's one clock forward in test mode (off by default; on only when the setting
 * BSS_TEST_CLOCK_ENABLED is true). Production never moves.
 */
@Stateless
public class TestClockService {

    /** BSS's current time. */
    @PermitAll
    public Instant now() {
        throw new IllegalStateException("skeleton");
    }

    /**
     * Moves the clock forward by {@code by} (positive) and returns the new now.
     * @throws org.bss.common.OperationNotPermittedException when test mode is off
     * @throws org.bss.common.ValidationException for a zero or negative duration
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Instant advance(Duration by) {
        throw new IllegalStateException("skeleton");
    }

    /** Back to the real time. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Instant reset() {
        throw new IllegalStateException("skeleton");
    }
}
