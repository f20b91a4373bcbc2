package org.bss.tagging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditTrail;
import org.bss.catalog.MarketableService;
import org.bss.catalog.ServiceAudit;
import org.bss.catalog.SupplierCaller;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.marketplace.Marketplace;
import org.bss.marketplace.Publication;
import org.bss.marketplace.Publications;

/**
 * Which categories a supplier's service is in (SVC-2, G.3 publish settings): categories of the marketplace the service
 * is published on, set while the service is inactive (its publish settings are frozen while on sale). A change is
 * audited as App. D.3.3 Assign categories.
 */
@Stateless
@RolesAllowed(Roles.SERVICE_MANAGER)
public class ServiceCategoryService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    /** @throws ObjectNotFoundException the supplier has no such service */
    public List<CategoryView> get(long serviceKey, String locale) {
        SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        return Categories.ofService(em, serviceKey).stream()
                .map(c -> CategoryView.of(c, locale))
                .toList();
    }

    /**
     * Puts the service in exactly these categories (by id) of its marketplace; none: in no category.
     *
     * @throws ObjectNotFoundException no such service of the supplier, or no such category on its marketplace
     * @throws ValidationException the service is not published
     * @throws org.bss.catalog.ServiceStateException the service is not inactive
     */
    public List<CategoryView> assign(long serviceKey, List<String> categoryIds, String locale) {
        MarketableService service = SupplierCaller.own(em, SupplierCaller.supplier(em, context), serviceKey);
        service.requireInactive();
        Marketplace marketplace = Publications.of(em, serviceKey)
                .map(Publication::getMarketplace)
                .orElseThrow(() -> new ValidationException("category.assign.notPublished", service.getServiceId()));
        Set<Category> wanted = new LinkedHashSet<>();
        for (String id : categoryIds) {
            wanted.add(Categories.find(em, marketplace.getKey(), id)
                    .orElseThrow(() -> new ObjectNotFoundException(
                            "category.notFound", String.valueOf(id), marketplace.getMarketplaceId())));
        }
        List<Category> before = Categories.ofService(em, serviceKey);
        Categories.unassignService(em, serviceKey);
        wanted.forEach(c -> em.persist(new CategoryAssignment(serviceKey, c.getKey())));
        em.flush();
        List<Category> after = Categories.ofService(em, serviceKey);
        if (!keys(before).equals(keys(after))) {
            audit.record(
                    AuditOperation.ASSIGN_CATEGORIES,
                    ServiceAudit.of(service, locale)
                            .list(
                                    "listOfCategories",
                                    after.stream().map(c -> c.name(locale)).toList()));
        }
        return after.stream().map(c -> CategoryView.of(c, locale)).toList();
    }

    private static Set<Long> keys(List<Category> categories) {
        return categories.stream().map(Category::getKey).collect(java.util.stream.Collectors.toSet());
    }
}
