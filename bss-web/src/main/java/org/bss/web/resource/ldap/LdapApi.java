package org.bss.web.resource.ldap;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.bss.web.problem.WebMessages;

/** What the LDAP resources share: their OpenAPI tag (on each method, so Payara lists it once) and the caller's language. */
final class LdapApi {

    static final String TAG = "ldap";
    static final String TAG_DESCRIPTION = "LDAP-managed organizations (USR-6, App. C; docs/ldap.md): settings, "
            + "connection test, directory search, user import";

    private LdapApi() {}

    /** en, de or ja from Accept-Language; English for anything else, also for an unparsable header. */
    static Locale language(HttpHeaders headers) {
        try {
            return WebMessages.choose(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }
}
