package org.bss.tagging;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The repository of categories and their assignments: the only place that finds them. A service's categories are those
 * of the marketplace it is published on now (assignments to another marketplace's categories are not read).
 */
public final class Categories {

    private Categories() {}

    /** The categories of a marketplace, by id. */
    static List<Category> ofMarketplace(EntityManager em, long marketplaceKey) {
        return em.createQuery(
                        "select c from Category c where c.marketplace.key = :m order by c.categoryId", Category.class)
                .setParameter("m", marketplaceKey)
                .getResultList();
    }

    static Optional<Category> find(EntityManager em, long marketplaceKey, String categoryId) {
        return em.createQuery(
                        "select c from Category c where c.marketplace.key = :m and c.categoryId = :id", Category.class)
                .setParameter("m", marketplaceKey)
                .setParameter("id", categoryId)
                .getResultStream()
                .findFirst();
    }

    static Optional<Category> find(EntityManager em, long categoryKey) {
        return Optional.ofNullable(em.find(Category.class, categoryKey));
    }

    /** The categories of a service on the marketplace it is published on, by id; none when it is not published. */
    public static List<Category> ofService(EntityManager em, long serviceKey) {
        return em.createQuery(
                        "select c from Category c, CategoryAssignment a, Publication p where a.categoryKey = c.key"
                                + " and a.serviceKey = :s and p.serviceKey = :s and p.marketplace = c.marketplace"
                                + " order by c.categoryId",
                        Category.class)
                .setParameter("s", serviceKey)
                .getResultList();
    }

    /** The ids of a service's categories (those of the marketplace it is published on), for readers such as search. */
    public static List<String> idsOfService(EntityManager em, long serviceKey) {
        return ofService(em, serviceKey).stream().map(Category::getCategoryId).toList();
    }

    /** The keys of the services assigned to a category, in key order. */
    static List<Long> servicesIn(EntityManager em, long categoryKey) {
        return em.createQuery(
                        "select a.serviceKey from CategoryAssignment a where a.categoryKey = :c order by a.serviceKey",
                        Long.class)
                .setParameter("c", categoryKey)
                .getResultList();
    }

    static void unassignService(EntityManager em, long serviceKey) {
        em.createQuery("delete from CategoryAssignment a where a.serviceKey = :s")
                .setParameter("s", serviceKey)
                .executeUpdate();
    }

    static void unassignCategory(EntityManager em, long categoryKey) {
        em.createQuery("delete from CategoryAssignment a where a.categoryKey = :c")
                .setParameter("c", categoryKey)
                .executeUpdate();
    }
}
