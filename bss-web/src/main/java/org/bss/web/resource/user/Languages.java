package org.bss.web.resource.user;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.bss.web.problem.WebMessages;

/** The caller's language from Accept-Language: en, de or ja (English otherwise), as for every problem detail. */
final class Languages {

    private Languages() {}

    static Locale of(HttpHeaders headers) {
        try {
            return WebMessages.choose(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // an unparsable Accept-Language header must not fail the request
            return Locale.ENGLISH;
        }
    }
}
