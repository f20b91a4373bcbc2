package org.bss.config;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.bss.identity.Roles;

/** Settings of App. B.4 (CFG-1, CFG-2) and currencies (CFG-4): the one service every surface calls. */
@Stateless
public class ConfigurationService {

    /** Every key the registry knows, in key order, with its stored value or null. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<Setting> getSettings() {
        throw new IllegalStateException("skeleton");
    }

    /** @throws org.bss.common.ObjectNotFoundException for an unknown key */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Setting getSetting(String key) {
        throw new IllegalStateException("skeleton");
    }

    /**
     * Validates and stores one value; an empty or null value unsets an optional key.
     * @throws org.bss.common.ObjectNotFoundException for an unknown key
     * @throws org.bss.common.ValidationException naming the key and what is allowed
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Setting saveSetting(String key, String value) {
        throw new IllegalStateException("skeleton");
    }

    /**
     * Adds an ISO 4217 currency; adding one that is already supported changes nothing.
     * @throws org.bss.common.ValidationException for a code that is not ISO 4217
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public void addCurrency(String isoCode) {
        throw new IllegalStateException("skeleton");
    }

    /** Supported currency codes, sorted. */
    @RolesAllowed(Roles.LOGGED_IN)
    public List<String> getCurrencies() {
        throw new IllegalStateException("skeleton");
    }
}
