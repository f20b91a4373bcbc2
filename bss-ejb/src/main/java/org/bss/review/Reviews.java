package org.bss.review;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The repository of reviews. */
public final class Reviews {

    private Reviews() {}

    static Optional<ServiceReview> find(EntityManager em, long reviewKey) {
        return Optional.ofNullable(em.find(ServiceReview.class, reviewKey));
    }

    static Optional<ServiceReview> by(EntityManager em, long serviceKey, long userKey) {
        return em.createQuery(
                        "select r from ServiceReview r where r.serviceKey = :s and r.author.key = :u",
                        ServiceReview.class)
                .setParameter("s", serviceKey)
                .setParameter("u", userKey)
                .getResultStream()
                .findFirst();
    }

    /** A service's reviews, newest first. */
    static List<ServiceReview> of(EntityManager em, long serviceKey) {
        return em.createQuery(
                        "select r from ServiceReview r where r.serviceKey = :s order by r.updatedAt desc, r.key desc",
                        ServiceReview.class)
                .setParameter("s", serviceKey)
                .getResultList();
    }

    /** A service's average rating (half up, one decimal; null without reviews), for readers such as search. */
    public static java.math.BigDecimal averageRating(EntityManager em, long serviceKey) {
        return FeedbackView.average(
                em.createQuery("select r.rating from ServiceReview r where r.serviceKey = :s", Integer.class)
                        .setParameter("s", serviceKey)
                        .getResultList());
    }
}
