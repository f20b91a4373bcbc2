package org.bss.tagging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bss.catalog.ServiceListingChanged;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.marketplace.Marketplace;
import org.bss.marketplace.MarketplaceCatalog;
import org.bss.marketplace.OfferedService;

/**
 * A marketplace's categories (MKT-3, G.4 "Manage categories"): anyone logged in reads them; only a marketplace owner
 * of the owning organization creates, changes and deletes them. Deleting a category removes its assignments. Which
 * services are in which category is {@link ServiceCategoryService}. The owner's role is checked in the code
 * ({@link OwnedMarketplace}), not by the container: a refusal is then an OperationNotPermittedException in words
 * (SOAP too), not an access error the container logs with its stack.
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class CategorizationService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private MarketplaceCatalog catalog;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /**
     * The services in the category that its marketplace offers (on sale and shown there), by service id; an unknown
     * category has none.
     */
    public List<OfferedService> services(long categoryKey) {
        Optional<Category> category = Categories.find(em, categoryKey);
        if (category.isEmpty()) {
            return List.of();
        }
        String marketplaceId = category.get().getMarketplace().getMarketplaceId();
        return Categories.servicesIn(em, categoryKey).stream()
                .map(key -> catalog.offered(key, marketplaceId))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(o -> o.service().serviceId()))
                .toList();
    }

    /** @throws ObjectNotFoundException no such marketplace */
    @PermitAll // anonymous visitors of the service portal browse by category too
    public List<CategoryView> list(String marketplaceId, String locale) {
        Marketplace marketplace = OwnedMarketplace.any(em, marketplaceId);
        return Categories.ofMarketplace(em, marketplace.getKey()).stream()
                .map(c -> CategoryView.of(c, locale))
                .toList();
    }

    /** @throws ObjectNotFoundException no such marketplace or category */
    public CategoryView get(String marketplaceId, String categoryId, String locale) {
        return CategoryView.of(category(OwnedMarketplace.any(em, marketplaceId), categoryId), locale);
    }

    /**
     * @throws org.bss.common.ValidationException a bad id or name
     * @throws ConflictException the marketplace has a category of that id
     */
    public CategoryView create(String marketplaceId, String categoryId, Map<String, String> names) {
        Marketplace marketplace = OwnedMarketplace.owned(em, context, marketplaceId);
        Category category = new Category(marketplace, categoryId);
        category.names(names);
        requireFree(marketplace, categoryId, 0);
        em.persist(category);
        em.flush();
        return CategoryView.of(category, "en");
    }

    /**
     * Gives a category another id and names (all of them).
     *
     * @throws ConcurrentModificationException changed since {@code version} was read
     * @throws ConflictException another category of the marketplace has the new id
     */
    public CategoryView change(
            String marketplaceId, String categoryId, String newCategoryId, Map<String, String> names, long version) {
        Marketplace marketplace = OwnedMarketplace.owned(em, context, marketplaceId);
        Category category = category(marketplace, categoryId);
        checkVersion(category, version);
        String id = newCategoryId == null ? categoryId : CategoryNames.checkId(newCategoryId);
        Map<String, String> checked = CategoryNames.check(names);
        requireFree(marketplace, id, category.getKey());
        category.rename(id);
        category.names(checked);
        em.lock(category, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a change of names alone is a new version too
        em.flush();
        return CategoryView.of(category, "en");
    }

    /**
     * Deletes a category and its assignments.
     *
     * @param version the version read, or null for whatever is stored
     */
    public void delete(String marketplaceId, String categoryId, Long version) {
        Category category = category(OwnedMarketplace.owned(em, context, marketplaceId), categoryId);
        if (version != null) {
            checkVersion(category, version);
        }
        remove(category);
    }

    /**
     * The contract's saveCategories: deletes, then creates or changes (names in {@code locale}), in one transaction;
     * any refusal changes nothing. Every category must be of a marketplace the caller owns.
     *
     * @throws ObjectNotFoundException a key or marketplace that does not exist
     * @throws org.bss.common.OperationNotPermittedException a marketplace the caller does not own
     * @throws ConcurrentModificationException a category changed since it was read
     * @throws ConflictException two categories of a marketplace would have the same id
     */
    public void save(List<CategoryEdit> toSave, List<Long> toDelete, String locale) {
        CategoryNames.checkLocale(locale);
        for (Long key : toDelete) {
            Category category = owned(key);
            remove(category);
        }
        for (CategoryEdit edit : toSave) {
            if (edit.key() == 0) {
                Marketplace marketplace = OwnedMarketplace.owned(em, context, edit.marketplaceId());
                Category category = new Category(marketplace, edit.categoryId());
                category.name(locale, edit.name());
                requireFree(marketplace, category.getCategoryId(), 0);
                em.persist(category);
            } else {
                Category category = owned(edit.key());
                if (category.getVersion() > edit.version()) { // the contract's rule: a newer version passes
                    checkVersion(category, edit.version());
                }
                requireFree(category.getMarketplace(), CategoryNames.checkId(edit.categoryId()), category.getKey());
                category.rename(edit.categoryId());
                relist(category);
                category.name(locale, edit.name());
                em.lock(category, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        }
        em.flush();
    }

    private Category owned(long key) {
        Category category = Categories.find(em, key)
                .orElseThrow(() -> new ObjectNotFoundException("category.keyNotFound", String.valueOf(key)));
        OwnedMarketplace.require(em, context, category.getMarketplace());
        return category;
    }

    private void remove(Category category) {
        relist(category);
        Categories.unassignCategory(em, category.getKey());
        em.remove(category);
        em.flush();
    }

    /** The services in the category are listed anew (the search filters by category id), on commit. */
    private void relist(Category category) {
        Categories.servicesIn(em, category.getKey())
                .forEach(key -> listingChanged.fire(ServiceListingChanged.changed(key)));
    }

    private Category category(Marketplace marketplace, String categoryId) {
        return Categories.find(em, marketplace.getKey(), categoryId)
                .orElseThrow(() -> new ObjectNotFoundException(
                        "category.notFound", String.valueOf(categoryId), marketplace.getMarketplaceId()));
    }

    private void requireFree(Marketplace marketplace, String categoryId, long ownKey) {
        Categories.find(em, marketplace.getKey(), categoryId)
                .filter(c -> c.getKey() != ownKey)
                .ifPresent(c -> {
                    throw new ConflictException("category.idTaken", categoryId, marketplace.getMarketplaceId());
                });
    }

    private static void checkVersion(Category category, long version) {
        if (category.getVersion() != version) {
            throw new ConcurrentModificationException(
                    "category.stale",
                    category.getCategoryId(),
                    String.valueOf(version),
                    String.valueOf(category.getVersion()));
        }
    }
}
