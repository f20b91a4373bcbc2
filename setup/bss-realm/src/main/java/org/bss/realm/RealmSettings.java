package org.bss.realm;

import com.sun.enterprise.security.auth.realm.BadRealmException;
import java.util.Properties;

/** Validation of the realm's properties, kept apart from Payara types that need a running server. */
final class RealmSettings {

    private RealmSettings() {}

    /**
     * @return the trimmed {@code jaas-context} property
     * @throws BadRealmException when it is missing or blank (the realm could never log anybody in)
     */
    static String jaasContext(Properties props) throws BadRealmException {
        String value = props == null ? null : props.getProperty(BssRealm.JAAS_CONTEXT);
        if (value == null || value.isBlank()) {
            throw new BadRealmException("bss-realm: property '" + BssRealm.JAAS_CONTEXT
                    + "' is required (e.g. --property jaas-context=bssRealm)");
        }
        return value.trim();
    }
}
