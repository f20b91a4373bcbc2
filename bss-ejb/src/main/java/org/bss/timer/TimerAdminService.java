package org.bss.timer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.bss.common.security.Roles;

/** The operator's view of the timers (TMR-4: retrievetimerexpirations, reinittimers; portal "Manage timers"). */
@Stateless
public class TimerAdminService {

    @EJB
    private TimerEngine engine;

    /** Every timer with its next expiration (null when disabled). */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<TimerExpiration> retrieveTimerExpirations() {
        return engine.expirations();
    }

    /** Re-initialises every timer from the current settings (BSS also does it by itself on each change). */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<TimerExpiration> reinitTimers() {
        engine.initializeAll();
        return engine.expirations();
    }
}
