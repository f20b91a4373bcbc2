package org.bss.portal.operator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.portal.PortalMessages;
import org.bss.timer.TimerAdminService;
import org.bss.timer.TimerExpiration;

/**
 * Operation &gt; Manage timers (App. G.5, guide §3.4.3–3.4.4, TMR-4): every timer with its next expiration (or
 * "disabled") in the platform's time zone, and "Re-initialise" after a confirmation, which recomputes them from the
 * current settings and shows the new expirations.
 */
@Named
@ViewScoped
public class TimersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TimerAdminService timerAdminService;

    @EJB
    private PublicSettings publicSettings;

    private List<TimerRow> timers;

    @PostConstruct
    void load() {
        timers = rows(timerAdminService.retrieveTimerExpirations());
    }

    /** Confirmed: re-initialises every timer; the table then shows the new expirations. */
    public void reinitialize() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            timers = rows(timerAdminService.reinitTimers());
            PortalMessages.info(context, null, "timers.reinitialized");
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    private List<TimerRow> rows(List<TimerExpiration> expirations) {
        FacesContext context = FacesContext.getCurrentInstance();
        ZoneId zone = publicSettings.zoneId();
        return expirations.stream()
                .map(e -> new TimerRow(
                        e,
                        PortalMessages.text(context, "timers.kind." + e.kind().name()),
                        zone))
                .toList();
    }

    public List<TimerRow> getTimers() {
        return timers;
    }

    /** The zone the times are shown in (TIME_ZONE_ID), for the page's intro. */
    public String getZone() {
        return publicSettings.zoneId().getId();
    }
}
