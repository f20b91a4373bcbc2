package org.bss.tagging;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;
import org.bss.marketplace.Marketplace;
import org.bss.marketplace.Marketplaces;

/**
 * Finds a marketplace by id for reading (any caller) or for managing its categories (G.4: only a marketplace owner of
 * the organization that owns it).
 */
final class OwnedMarketplace {

    private OwnedMarketplace() {}

    /** @throws ObjectNotFoundException no marketplace of that id */
    static Marketplace any(EntityManager em, String marketplaceId) {
        return Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId)));
    }

    /**
     * @throws ObjectNotFoundException no marketplace of that id
     * @throws OperationNotPermittedException the caller is no marketplace owner of its owning organization
     */
    static Marketplace owned(EntityManager em, SessionContext context, String marketplaceId) {
        Marketplace marketplace = any(em, marketplaceId);
        require(em, context, marketplace);
        return marketplace;
    }

    /** @throws OperationNotPermittedException the caller is no marketplace owner of the marketplace's owner */
    static void require(EntityManager em, SessionContext context, Marketplace marketplace) {
        if (!owns(em, context, marketplace)) {
            throw new OperationNotPermittedException("category.ownerOnly", marketplace.getMarketplaceId());
        }
    }

    static boolean owns(EntityManager em, SessionContext context, Marketplace marketplace) {
        return context.isCallerInRole(Roles.MARKETPLACE_OWNER)
                && marketplace.getOwner().getKey()
                        == Users.caller(em, context).getOrganization().getKey();
    }
}
