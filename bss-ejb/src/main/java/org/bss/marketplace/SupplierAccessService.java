package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * Who may publish on a marketplace (MKT-2, G.4 supplier permissions), managed by its owner: grants on a restricted
 * marketplace, bans on an open one. The rules are {@link Marketplace}'s; a list naming any organization that is
 * unknown or sells nothing changes nothing.
 */
@Stateless
@RolesAllowed(Roles.MARKETPLACE_OWNER)
public class SupplierAccessService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public SupplierAccessView suppliers(String marketplaceId) {
        return view(owned(marketplaceId));
    }

    /**
     * The organizations granted on a restricted marketplace.
     *
     * @throws ConflictException the marketplace is open ({@code marketplace.supplier.notRestricted})
     */
    public List<Supplier> granted(String marketplaceId) {
        Marketplace marketplace = owned(marketplaceId);
        if (marketplace.isOpen()) {
            throw new ConflictException("marketplace.supplier.notRestricted", marketplace.getMarketplaceId());
        }
        return suppliers(marketplace.supplierKeys(PublishingAccess.GRANTED));
    }

    /**
     * The organizations banned from an open marketplace.
     *
     * @throws ConflictException the marketplace is restricted ({@code marketplace.supplier.notOpen})
     */
    public List<Supplier> banned(String marketplaceId) {
        Marketplace marketplace = owned(marketplaceId);
        if (!marketplace.isOpen()) {
            throw new ConflictException("marketplace.supplier.notOpen", marketplace.getMarketplaceId());
        }
        return suppliers(marketplace.supplierKeys(PublishingAccess.BANNED));
    }

    /**
     * @throws ObjectNotFoundException an organization id nobody has
     * @throws ValidationException an organization that sells nothing, or no id at all
     * @throws ConflictException the marketplace is open, or a supplier is granted already
     */
    public SupplierAccessView grant(String marketplaceId, List<String> orgIds) {
        Marketplace marketplace = owned(marketplaceId);
        sellers(orgIds).forEach(org -> marketplace.grant(org.getKey(), org.getOrgId()));
        em.flush();
        return view(marketplace);
    }

    /** Takes a grant back (restricted marketplace); one not granted is no change. */
    public SupplierAccessView revoke(String marketplaceId, String orgId) {
        Marketplace marketplace = owned(marketplaceId);
        marketplace.revoke(organization(orgId).getKey());
        em.flush();
        return view(marketplace);
    }

    /** The rules of {@link #grant}, for an open marketplace. */
    public SupplierAccessView ban(String marketplaceId, List<String> orgIds) {
        Marketplace marketplace = owned(marketplaceId);
        sellers(orgIds).forEach(org -> marketplace.ban(org.getKey(), org.getOrgId()));
        em.flush();
        return view(marketplace);
    }

    /** Lifts a ban (open marketplace); one not banned is no change. */
    public SupplierAccessView liftBan(String marketplaceId, String orgId) {
        Marketplace marketplace = owned(marketplaceId);
        marketplace.liftBan(organization(orgId).getKey());
        em.flush();
        return view(marketplace);
    }

    private Marketplace owned(String marketplaceId) {
        return new MarketplaceCaller(em, context).owned(marketplaceId);
    }

    private SupplierAccessView view(Marketplace marketplace) {
        return new SupplierAccessView(
                marketplace.getMarketplaceId(),
                marketplace.isOpen(),
                orgIds(marketplace.supplierKeys(PublishingAccess.GRANTED)),
                orgIds(marketplace.supplierKeys(PublishingAccess.BANNED)));
    }

    private List<Supplier> suppliers(List<Long> keys) {
        return keys.stream()
                .map(k -> em.find(Organization.class, k))
                .map(o -> new Supplier(o.getKey(), o.getOrgId(), o.getName()))
                .sorted(Comparator.comparing(Supplier::organizationId))
                .toList();
    }

    private List<String> orgIds(List<Long> keys) {
        return keys.stream()
                .map(k -> em.find(Organization.class, k).getOrgId())
                .sorted()
                .toList();
    }

    private List<Organization> sellers(List<String> orgIds) {
        if (orgIds == null || orgIds.isEmpty()) {
            throw new ValidationException("marketplace.supplier.noneGiven");
        }
        List<Organization> orgs = new ArrayList<>();
        for (String orgId : orgIds) {
            Organization org = organization(orgId == null ? null : orgId.strip());
            Sellers.requireSeller(org);
            orgs.add(org);
        }
        return orgs;
    }

    private Organization organization(String orgId) {
        Organization org = Organizations.byOrgId(em, orgId);
        if (org == null) {
            throw new ObjectNotFoundException("marketplace.supplier.notFound", String.valueOf(orgId));
        }
        return org;
    }
}
