package org.bss.portal.marketplace;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;

/**
 * MP_ERROR_REDIRECT_HTTP(S) (App. B.4.21-22): a service portal page reached without a valid marketplace id sends the
 * visitor to the page the operator set for the request's scheme; with none set the page shows its error.
 */
final class MarketplaceErrorRedirect {

    private MarketplaceErrorRedirect() {}

    /** Whether the error is "no such marketplace" (the id missing or unknown). */
    static boolean unknownMarketplace(BssException e) {
        return "marketplace.notFound".equals(e.messageKey());
    }

    /** Redirects when a page is set: true; else false and the caller shows the error. */
    static boolean redirect(FacesContext context, PublicSettings settings) {
        ExternalContext external = context.getExternalContext();
        Optional<String> target = settings.marketplaceErrorRedirect(external.isSecure());
        if (target.isEmpty()) {
            return false;
        }
        try {
            external.redirect(target.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }
}
