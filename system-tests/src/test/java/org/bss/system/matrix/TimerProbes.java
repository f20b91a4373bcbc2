package org.bss.system.matrix;

import org.bss.system.matrix.Scene.Target;

/**
 * The timer operations (operator only, App. G.5 Manage timers, TMR-4): SOAP OperatorService and REST /timers. Both
 * answer the timers; re-initialising from unchanged settings leaves the schedule as it was, so there is no effect to
 * look for here (TimerResourceIT and OperatorServiceTimersIT check it with a setting changed behind BSS's back).
 */
final class TimerProbes {

    private TimerProbes() {}

    static Probe retrieveExpirations() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        OrganizationProbes.OPERATOR,
                        s.caller.login(),
                        s.caller.password(),
                        "getTimerExpirationInformation",
                        ""),
                s -> RestCall.call(s.caller, "GET", "/timers", null, null),
                (s, surface, a) -> null);
    }

    static Probe reinit() {
        return new Probe(
                Target.NONE,
                s -> SoapCall.call(
                        OrganizationProbes.OPERATOR, s.caller.login(), s.caller.password(), "reInitTimers", ""),
                s -> RestCall.call(s.caller, "POST", "/timers/reinit", null, null),
                (s, surface, a) -> null);
    }
}
