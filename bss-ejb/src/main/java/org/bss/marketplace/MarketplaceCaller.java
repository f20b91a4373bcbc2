package org.bss.marketplace;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.bss.account.Organization;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.identity.Users;

/**
 * Which marketplaces the caller of a marketplace bean may see and manage (G.4): the operator sees every one, an owner
 * (user role MARKETPLACE_OWNER in the owning organization) its own; another organization's is "not found".
 */
final class MarketplaceCaller {

    private final EntityManager em;
    private final SessionContext context;

    MarketplaceCaller(EntityManager em, SessionContext context) {
        this.em = em;
        this.context = context;
    }

    /** @throws ObjectNotFoundException no marketplace of that id the caller may see */
    Marketplace visible(String marketplaceId) {
        Marketplace marketplace = Marketplaces.find(em, marketplaceId).orElseThrow(() -> notFound(marketplaceId));
        if (!operator() && !owns(marketplace)) {
            throw notFound(marketplaceId);
        }
        return marketplace;
    }

    /**
     * A marketplace the caller owns; the operator sees it but may not act as its owner.
     *
     * @throws OperationNotPermittedException the operator, not owning it
     */
    Marketplace owned(String marketplaceId) {
        Marketplace marketplace = visible(marketplaceId);
        if (!owns(marketplace)) {
            throw new OperationNotPermittedException("marketplace.ownerOnly", marketplaceId);
        }
        return marketplace;
    }

    boolean owns(Marketplace marketplace) {
        return context.isCallerInRole(Roles.MARKETPLACE_OWNER)
                && marketplace.getOwner().getKey() == organization().getKey();
    }

    boolean operator() {
        return context.isCallerInRole(Roles.PLATFORM_OPERATOR);
    }

    Organization organization() {
        return Users.caller(em, context).getOrganization();
    }

    private static ObjectNotFoundException notFound(String marketplaceId) {
        return new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId));
    }
}
