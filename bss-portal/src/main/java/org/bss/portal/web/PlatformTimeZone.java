package org.bss.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.TimeZone;
import org.bss.config.PublicSettings;

/**
 * The platform's time zone (TIME_ZONE_ID) for the pages' {@code f:convertDateTime timeZone="#{platformTimeZone.zone}"}:
 * every page shows times in it, whoever reads them.
 */
@Named
@RequestScoped
public class PlatformTimeZone {

    @EJB
    private PublicSettings publicSettings;

    private TimeZone zone;

    public TimeZone getZone() {
        if (zone == null) {
            zone = TimeZone.getTimeZone(publicSettings.zoneId());
        }
        return zone;
    }
}
