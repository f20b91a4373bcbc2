package org.bss.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.ServiceStatus;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;

/**
 * The featured services of a marketplace's landing page (MKT-2, G.4 "Featured services"): the owner picks, in order,
 * services published on its marketplace (at most {@value #MAX}); the landing page shows those of them on sale.
 */
@Stateless
@RolesAllowed(Roles.MARKETPLACE_OWNER)
public class FeaturedServices {

    /** At most this many services are featured: the landing page shows them all at once. */
    public static final int MAX = 12;

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private MarketplaceCatalog catalog;

    /**
     * The featured services that are on sale and shown, in the owner's order.
     *
     * @throws ObjectNotFoundException no such marketplace
     */
    @PermitAll
    public List<OfferedService> offered(String marketplaceId) {
        Marketplace marketplace = Marketplaces.find(em, marketplaceId)
                .orElseThrow(() -> new ObjectNotFoundException("marketplace.notFound", String.valueOf(marketplaceId)));
        return keys(marketplace.getKey()).stream()
                .map(key -> catalog.offered(key, marketplaceId))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The keys of the featured services of the caller's marketplace, in order (on sale or not). */
    public List<Long> featured(String marketplaceId) {
        return keys(new MarketplaceCaller(em, context).owned(marketplaceId).getKey());
    }

    /**
     * The services published on the caller's marketplace (any status) that it may feature: the featured ones first
     * in their order, then the others by service id.
     */
    public List<FeaturedCandidate> candidates(String marketplaceId) {
        Marketplace marketplace = new MarketplaceCaller(em, context).owned(marketplaceId);
        List<Long> featuredKeys = keys(marketplace.getKey());
        List<FeaturedCandidate> candidates = new ArrayList<>();
        for (Publication p : Publications.onMarketplace(em, marketplace.getKey())) {
            MarketableServices.find(em, p.getServiceKey())
                    .ifPresent(s -> candidates.add(new FeaturedCandidate(
                            s.getKey(),
                            s.getServiceId(),
                            s.getStatus() == ServiceStatus.ACTIVE,
                            featuredKeys.contains(s.getKey()))));
        }
        candidates.sort(Comparator.comparing((FeaturedCandidate c) -> {
                    int at = featuredKeys.indexOf(c.serviceKey());
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparing(FeaturedCandidate::serviceId));
        return candidates;
    }

    /**
     * Features exactly these services, in this order (a key given twice counts once); none: no featured service.
     *
     * @throws org.bss.common.OperationNotPermittedException the caller's organization does not own the marketplace
     * @throws ValidationException more than {@value #MAX}, or a service not published on the marketplace
     */
    public List<Long> feature(String marketplaceId, List<Long> serviceKeys) {
        Marketplace marketplace = new MarketplaceCaller(em, context).owned(marketplaceId);
        Set<Long> wanted = new LinkedHashSet<>(serviceKeys);
        if (wanted.size() > MAX) {
            throw new ValidationException("marketplace.featured.tooMany", String.valueOf(MAX));
        }
        for (long key : wanted) {
            boolean published = Publications.of(em, key)
                    .filter(p -> p.getMarketplace().getKey() == marketplace.getKey())
                    .isPresent();
            if (!published) {
                throw new ValidationException("marketplace.featured.notPublished", String.valueOf(key), marketplaceId);
            }
        }
        em.createQuery("delete from FeaturedService f where f.marketplaceKey = :m")
                .setParameter("m", marketplace.getKey())
                .executeUpdate();
        List<Long> ordered = new ArrayList<>(wanted);
        for (int i = 0; i < ordered.size(); i++) {
            em.persist(new FeaturedService(marketplace.getKey(), ordered.get(i), i));
        }
        em.flush();
        return ordered;
    }

    private List<Long> keys(long marketplaceKey) {
        return em.createQuery(
                        "select f.serviceKey from FeaturedService f where f.marketplaceKey = :m order by f.position",
                        Long.class)
                .setParameter("m", marketplaceKey)
                .getResultList();
    }
}
