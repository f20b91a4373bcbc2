package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.Organizations;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.ServiceListingChanged;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.common.persistence.PageTotal;
import org.bss.common.security.Roles;

/**
 * Marketplaces (MKT-1, G.4): the operator creates and deletes them; the operator or the owner changes the settings and
 * reassigns the owner (only the owner renames). An owner sees its own marketplaces only: another organization's is "not
 * found" ({@link MarketplaceCaller}). Who may publish is {@link SupplierAccessService}.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.MARKETPLACE_OWNER})
public class MarketplaceService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private OwnerRole ownerRole;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * Creates a marketplace with a generated id; the owner organization gets MARKETPLACE_OWNER (and its
     * administrators the user role) and, when it sells, may publish on it.
     *
     * @throws ObjectNotFoundException no organization has the owner id
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public MarketplaceView create(NewMarketplace marketplace) {
        Organization owner = owner(marketplace.owningOrganizationId());
        String id = MarketplaceIds.choose(owner.getOrgId(), candidate -> Marketplaces.exists(em, candidate));
        Marketplace created = new Marketplace(id, owner, marketplace.settings(), clock.instant());
        created.grantOwner();
        em.persist(created);
        ownerRole.grant(owner);
        em.flush();
        return MarketplaceView.of(created);
    }

    /** One page, by id: every marketplace for the operator, its own for an owner. */
    public Page<MarketplaceView> list(PageRequest page) {
        List<Marketplace> found;
        long total;
        MarketplaceCaller caller = new MarketplaceCaller(em, context);
        if (caller.operator()) {
            found = Marketplaces.all(em, page.offset(), page.limit());
            total = PageTotal.of(found.size(), page.offset(), page.limit(), () -> Marketplaces.countAll(em));
        } else {
            long org = caller.organization().getKey();
            found = Marketplaces.ownedBy(em, org, page.offset(), page.limit());
            total = PageTotal.of(found.size(), page.offset(), page.limit(), () -> Marketplaces.countOwnedBy(em, org));
        }
        return new Page<>(found.stream().map(MarketplaceView::of).toList(), total, page.offset(), page.limit());
    }

    /** @throws ObjectNotFoundException no marketplace of that id the caller may see */
    public MarketplaceView get(String marketplaceId) {
        return MarketplaceView.of(visible(marketplaceId));
    }

    /**
     * @throws OperationNotPermittedException the operator renames a marketplace it does not own (G.4: the owner renames)
     * @throws ConcurrentModificationException changed since {@code version} was read
     */
    public MarketplaceView change(String marketplaceId, MarketplaceSettings settings, long version) {
        MarketplaceCaller caller = new MarketplaceCaller(em, context);
        Marketplace marketplace = caller.visible(marketplaceId);
        checkVersion(marketplace, version);
        if (!marketplace.getName().equals(settings.name()) && !caller.owns(marketplace)) {
            throw new OperationNotPermittedException("marketplace.renameByOwner", marketplaceId);
        }
        marketplace.change(settings, clock.instant());
        em.flush();
        return MarketplaceView.of(marketplace);
    }

    /**
     * Gives the marketplace another owner (MKT-1): it gets MARKETPLACE_OWNER; the previous owner loses it when it owns
     * no other marketplace. The same owner is no change.
     *
     * @param version the version read, or null for whatever is stored
     * @throws ObjectNotFoundException no organization has the new owner id
     */
    public MarketplaceView reassign(String marketplaceId, String newOwnerId, Long version) {
        Marketplace marketplace = visible(marketplaceId);
        if (version != null) {
            checkVersion(marketplace, version);
        }
        Organization newOwner = owner(newOwnerId);
        if (newOwner.getKey() == marketplace.getOwner().getKey()) {
            return MarketplaceView.of(marketplace);
        }
        Organization previous = marketplace.reassign(newOwner, clock.instant());
        marketplace.grantOwner();
        ownerRole.grant(newOwner);
        em.flush();
        ownerRole.withdrawIfOwnsNone(em, previous);
        em.flush();
        return MarketplaceView.of(marketplace);
    }

    /**
     * Deletes a marketplace with its supplier access; its owner loses MARKETPLACE_OWNER when it owns no other.
     *
     * @param version the version read, or null for whatever is stored
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public void delete(String marketplaceId, Long version) {
        Marketplace marketplace = visible(marketplaceId);
        if (version != null) {
            checkVersion(marketplace, version);
        }
        // MKT-1: deleting a marketplace unpublishes its services (those on sale go off sale) and leaves subscriptions
        for (Publication publication : Publications.onMarketplace(em, marketplace.getKey())) {
            MarketableServices.find(em, publication.getServiceKey()).ifPresent(s -> s.deactivate(clock.instant()));
            em.remove(publication);
            listingChanged.fire(ServiceListingChanged.changed(publication.getServiceKey()));
        }
        em.flush();
        Organization owner = marketplace.getOwner();
        em.remove(marketplace);
        em.flush();
        ownerRole.withdrawIfOwnsNone(em, owner);
        em.flush();
    }

    private Organization owner(String orgId) {
        Organization org = Organizations.byOrgId(em, orgId);
        if (org == null) {
            throw new ObjectNotFoundException("marketplace.ownerNotFound", String.valueOf(orgId));
        }
        return org;
    }

    private Marketplace visible(String marketplaceId) {
        return new MarketplaceCaller(em, context).visible(marketplaceId);
    }

    private static void checkVersion(Marketplace marketplace, long version) {
        if (marketplace.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "marketplace.stale",
                    marketplace.getMarketplaceId(),
                    String.valueOf(version),
                    String.valueOf(marketplace.getVersion()));
        }
    }
}
