package org.bss.portal.marketplace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bss.common.BssException;
import org.bss.marketplace.MarketplaceLayoutService;

/**
 * What the owner set on the look of its marketplace's service portal pages (MKT-2): the branding stylesheet and the
 * tracking code, written into the head of each page of the marketplace (WEB-INF/includes/marketplace-look.xhtml).
 * An unknown marketplace has neither (its page says so itself). Read once per request.
 */
@Named
@RequestScoped
public class MarketplaceLookBean {

    @EJB
    private MarketplaceLayoutService layout;

    private final Map<String, Optional<String>> brandingUrls = new HashMap<>();
    private final Map<String, Optional<String>> trackingCodes = new HashMap<>();

    /** The stylesheet URL, "" for none. */
    public String brandingUrl(String marketplaceId) {
        return brandingUrls
                .computeIfAbsent(String.valueOf(marketplaceId), id -> read(() -> layout.brandingUrl(id)))
                .orElse("");
    }

    /** The tracking code, "" for none. */
    public String trackingCode(String marketplaceId) {
        return trackingCodes
                .computeIfAbsent(String.valueOf(marketplaceId), id -> read(() -> layout.trackingCode(id)))
                .orElse("");
    }

    private static Optional<String> read(java.util.function.Supplier<String> value) {
        try {
            return Optional.ofNullable(value.get());
        } catch (BssException e) {
            return Optional.empty();
        }
    }
}
