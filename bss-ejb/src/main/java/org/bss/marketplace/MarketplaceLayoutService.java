package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;

/**
 * What the owner sets on the look of its marketplace's service portal pages (MKT-2, G.4 tracking code and layout):
 * the branding URL (the contract's getBrandingUrl/saveBrandingUrl) and the tracking code. Anyone, also an anonymous
 * visitor of the service portal, reads them; only the owner changes them (the operator who does not own the
 * marketplace: 403 {@code marketplace.ownerOnly}). The rules are {@link BrandingUrl} and {@link TrackingCode}.
 */
@Stateless
@RolesAllowed({Roles.MARKETPLACE_OWNER, Roles.PLATFORM_OPERATOR}) // the operator is refused by the owner check
public class MarketplaceLayoutService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /**
     * @return the branding URL, null when the marketplace has none
     * @throws ObjectNotFoundException no such marketplace
     */
    @PermitAll
    public String brandingUrl(String marketplaceId) {
        return any(marketplaceId).getBrandingUrl();
    }

    /**
     * @return the tracking code, null when the marketplace has none
     * @throws ObjectNotFoundException no such marketplace
     */
    @PermitAll
    public String trackingCode(String marketplaceId) {
        return any(marketplaceId).getTrackingCode();
    }

    /**
     * @param version the version read, or null for whatever is stored
     * @throws OperationNotPermittedException the caller's organization does not own it
     * @throws ConcurrentModificationException changed since {@code version} was read
     * @throws org.bss.common.ValidationException not an absolute http(s) URL, or too long
     */
    public MarketplaceView saveBrandingUrl(String marketplaceId, String url, Long version) {
        Marketplace marketplace = owned(marketplaceId, version);
        marketplace.brand(url, clock.instant());
        em.flush();
        return MarketplaceView.of(marketplace);
    }

    /** The rules of {@link #saveBrandingUrl} for the tracking code. */
    public MarketplaceView saveTrackingCode(String marketplaceId, String code, Long version) {
        Marketplace marketplace = owned(marketplaceId, version);
        marketplace.track(code, clock.instant());
        em.flush();
        return MarketplaceView.of(marketplace);
    }

    private Marketplace any(String marketplaceId) {
        return Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId)));
    }

    private Marketplace owned(String marketplaceId, Long version) {
        Marketplace marketplace = new MarketplaceCaller(em, context).owned(marketplaceId);
        if (version != null && marketplace.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "marketplace.stale",
                    marketplace.getMarketplaceId(),
                    String.valueOf(version),
                    String.valueOf(marketplace.getVersion()));
        }
        return marketplace;
    }
}
