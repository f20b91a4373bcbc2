package org.bss.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * retrievetimerexpirations and reinittimers (guide §3.4.3, §3.4.4): the registered timers, one line each as the
 * original client printed them ({@code Timer '<type>' expires at: <time>}), the time in the client's time zone with its
 * offset. A disabled timer is not registered, so it is not listed.
 */
final class TimerCommands {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private final OrganizationCommands.Caller caller;
    private final PrintStream out;
    private final ZoneId zone;

    TimerCommands(OrganizationCommands.Caller caller, PrintStream out, ZoneId zone) {
        this.caller = caller;
        this.out = out;
        this.zone = zone;
    }

    void execute(Invocation inv) throws CliException {
        switch (inv.command()) {
            case RETRIEVETIMEREXPIRATIONS ->
                print(TimerSoap.timers(
                        caller.call(TimerSoap.getTimerExpirationInformation()),
                        "getTimerExpirationInformationResponse"));
            case REINITTIMERS -> {
                List<TimerSoap.Timer> timers =
                        TimerSoap.timers(caller.call(TimerSoap.reInitTimers()), "reInitTimersResponse");
                out.println("Timers re-initialised from the current settings.");
                print(timers);
            }
            default -> throw new IllegalArgumentException("not a timer command: " + inv.command());
        }
    }

    private void print(List<TimerSoap.Timer> timers) {
        if (timers.isEmpty()) {
            out.println("No timers are registered.");
            return;
        }
        out.println("Currently registered timers:");
        for (TimerSoap.Timer t : timers) {
            out.println("Timer '" + t.type() + "' expires at: "
                    + TIME.format(t.expiration().atZone(zone)));
        }
    }
}
