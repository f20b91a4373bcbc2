package org.bss.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The settings a surface needs before anyone is authenticated, without the operator role that
 * {@link ConfigurationService} requires: only non-secret switches (never {@link SettingsReader}'s secrets).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicSettings {

    @EJB
    private SettingsReader settings;

    /** API_PUBLISH_HEALTHCHECK (API-5): whether GET /health answers; default true. */
    public boolean healthCheckPublished() {
        return !"false".equalsIgnoreCase(settings.value(ConfigKeys.API_PUBLISH_HEALTHCHECK));
    }

    /**
     * MP_ERROR_REDIRECT_HTTP / MP_ERROR_REDIRECT_HTTPS (App. B.4.21-22): where a visitor of the service portal who gave
     * no valid marketplace id is sent, by the scheme of the request; empty: the standard error page.
     */
    public Optional<String> marketplaceErrorRedirect(boolean https) {
        String url = settings.value(https ? ConfigKeys.MP_ERROR_REDIRECT_HTTPS : ConfigKeys.MP_ERROR_REDIRECT_HTTP);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** TIME_ZONE_ID (App. B.4): the zone in which every surface shows times and decides "today". */
    public ZoneId zoneId() {
        return settings.zoneId();
    }
}
