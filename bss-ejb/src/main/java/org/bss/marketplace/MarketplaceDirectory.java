package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;

/**
 * The marketplaces any logged-in user may list (the contract's getMarketplacesOwned, getMarketplacesForOrganization,
 * getAccessibleMarketplaces): those its organization owns, those it may publish on, those it may shop on. An
 * organization for which none fits gets an empty list, not a refusal. Each list is by marketplace id.
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class MarketplaceDirectory {

    /** More marketplaces than a platform has; the lists are not paged (the contract's lists are whole). */
    private static final int ALL = 100_000;

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The marketplaces the caller's organization owns. */
    public List<MarketplaceView> owned() {
        return Marketplaces.ownedBy(em, organization().getKey(), 0, ALL).stream()
                .map(MarketplaceView::of)
                .toList();
    }

    /** The marketplaces the caller's organization may publish on (MKT-2); none for one that sells nothing. */
    public List<MarketplaceView> forPublishing() {
        Organization org = organization();
        if (!Sellers.isSeller(org)) {
            return List.of();
        }
        return Marketplaces.all(em, 0, ALL).stream()
                .filter(m -> m.mayPublish(org.getKey()))
                .map(MarketplaceView::of)
                .toList();
    }

    /** Every marketplace: BSS restricts who publishes, not who shops (the original's restricted access is not built). */
    public List<MarketplaceView> accessible() {
        return Marketplaces.all(em, 0, ALL).stream().map(MarketplaceView::of).toList();
    }

    /**
     * Any marketplace's public definition (the contract's getMarketplaceById).
     *
     * @throws ObjectNotFoundException no marketplace has that id
     */
    public MarketplaceView get(String marketplaceId) {
        return MarketplaceView.of(Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId))));
    }

    private Organization organization() {
        return Users.caller(em, context).getOrganization();
    }
}
