package org.bss.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bss.catalog.MarketableService;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.ServiceListingChanged;
import org.bss.catalog.ServiceStatus;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.identity.PlatformUser;
import org.bss.identity.Users;
import org.bss.marketplace.Marketplace;
import org.bss.marketplace.Publication;
import org.bss.marketplace.Publications;

/**
 * Reviews and ratings of services (MKT-4, the contract's ReviewService): one review per user and service, written and
 * changed by its author while the service is on sale and {@link ReviewEligibility} lets the user (today nobody: the
 * subscriptions of issue 14); deleted by its author or an administrator of the author's organization, removed with a
 * reason by the owner of the service's marketplace (the author is mailed the reason). Anyone logged in reads a
 * service's feedback; anyone at all that of a service on sale (the service portal's page).
 */
@Stateless
@RolesAllowed(Roles.LOGGED_IN)
public class ReviewService {

    @PersistenceContext(unitName = "bss")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private ReviewEligibility eligibility;

    @EJB
    private ReviewMails mails;

    @Inject
    private Event<ServiceListingChanged> listingChanged;

    /** @throws ObjectNotFoundException no such service */
    public FeedbackView feedback(long serviceKey) {
        MarketableService service = service(serviceKey);
        return feedback(service, onSale(service) && eligibility.mayReview(caller(), service));
    }

    /**
     * The feedback of a service on sale as the service portal shows it to anyone, anonymous visitors included: nobody
     * may write from it.
     *
     * @throws ObjectNotFoundException no such service, or it is not on sale
     */
    @PermitAll
    public FeedbackView publicFeedback(long serviceKey) {
        MarketableService service = service(serviceKey);
        if (!onSale(service)) {
            throw new ObjectNotFoundException("review.serviceNotFound", String.valueOf(serviceKey));
        }
        return feedback(service, false);
    }

    private FeedbackView feedback(MarketableService service, boolean allowedToWrite) {
        List<ServiceReview> reviews = Reviews.of(em, service.getKey());
        return new FeedbackView(
                service.getKey(),
                FeedbackView.average(
                        reviews.stream().map(ServiceReview::getRating).toList()),
                reviews.size(),
                allowedToWrite,
                reviews.stream().map(ReviewView::of).toList());
    }

    /** @throws ObjectNotFoundException no such review */
    public ReviewView get(long reviewKey) {
        return ReviewView.of(review(reviewKey));
    }

    /**
     * Writes the caller's review of a service on sale, or changes it (one per user and service).
     *
     * @param version the version of the caller's review read before, or null for whatever is stored
     * @throws ObjectNotFoundException no such service
     * @throws OperationNotPermittedException the service is not on sale, or the caller may not review it
     * @throws ConcurrentModificationException the review changed since {@code version} was read
     */
    public ReviewView write(long serviceKey, ReviewInput input, Long version) {
        MarketableService service = service(serviceKey);
        PlatformUser author = caller();
        if (!onSale(service)) {
            throw new OperationNotPermittedException("review.notOnSale", service.getServiceId());
        }
        if (!eligibility.mayReview(author, service)) {
            throw new OperationNotPermittedException("review.notSubscribed", service.getServiceId());
        }
        Optional<ServiceReview> existing = Reviews.by(em, serviceKey, author.getKey());
        ServiceReview review;
        if (existing.isPresent()) {
            review = existing.get();
            if (version != null && review.getVersion() != version) {
                throw stale(review, version);
            }
            review.change(input, clock.instant());
        } else {
            review = new ServiceReview(serviceKey, author, input, clock.instant());
            em.persist(review);
        }
        em.flush();
        ratingChanged(serviceKey);
        return ReviewView.of(review);
    }

    /** Whether the caller has written a review of the service: its review, else empty. */
    public Optional<ReviewView> own(long serviceKey) {
        service(serviceKey);
        return Reviews.by(em, serviceKey, caller().getKey()).map(ReviewView::of);
    }

    /**
     * Deletes a review: the author's own, or any of its organization's users for an administrator of it.
     *
     * @throws ObjectNotFoundException no such review
     * @throws OperationNotPermittedException somebody else's review
     */
    public void delete(long reviewKey) {
        ServiceReview review = review(reviewKey);
        PlatformUser user = caller();
        boolean admin = context.isCallerInRole(Roles.ORGANIZATION_ADMIN)
                && review.getAuthor().getOrganization().getKey()
                        == user.getOrganization().getKey();
        if (!review.writtenBy(user) && !admin) {
            throw new OperationNotPermittedException("review.notAuthor", String.valueOf(reviewKey));
        }
        em.remove(review);
        em.flush();
        ratingChanged(review.getServiceKey());
    }

    /**
     * Removes a review of a service on the caller's marketplace and mails its author the reason.
     *
     * @throws ObjectNotFoundException no such review
     * @throws OperationNotPermittedException the caller does not own the marketplace the service is published on
     * @throws org.bss.common.ValidationException no reason, or one too long
     */
    public void removeByMarketplaceOwner(long reviewKey, String reason) {
        ServiceReview review = review(reviewKey);
        String checkedReason = ReviewInput.reason(reason);
        // the owner's role is checked here, not by the container: a refusal is a fault in words, with no logged stack
        Marketplace marketplace = Publications.of(em, review.getServiceKey())
                .map(Publication::getMarketplace)
                .filter(m -> context.isCallerInRole(Roles.MARKETPLACE_OWNER)
                        && m.getOwner().getKey() == caller().getOrganization().getKey())
                .orElseThrow(() -> new OperationNotPermittedException("review.notOwner", String.valueOf(reviewKey)));
        MarketableService service = service(review.getServiceKey());
        PlatformUser author = review.getAuthor();
        em.remove(review);
        em.flush();
        ratingChanged(review.getServiceKey());
        mails.removed(author, service, marketplace, checkedReason);
    }

    private MarketableService service(long serviceKey) {
        return MarketableServices.find(em, serviceKey)
                .orElseThrow(() -> new ObjectNotFoundException("review.serviceNotFound", String.valueOf(serviceKey)));
    }

    private ServiceReview review(long reviewKey) {
        return Reviews.find(em, reviewKey)
                .orElseThrow(() -> new ObjectNotFoundException("review.notFound", String.valueOf(reviewKey)));
    }

    private boolean onSale(MarketableService service) {
        return service.getStatus() == ServiceStatus.ACTIVE
                && Publications.of(em, service.getKey()).isPresent();
    }

    /** The search index sorts by rating: the service's listing is indexed anew. */
    private void ratingChanged(long serviceKey) {
        listingChanged.fire(ServiceListingChanged.changed(serviceKey));
    }

    private PlatformUser caller() {
        return Users.caller(em, context);
    }

    private static ConcurrentModificationException stale(ServiceReview review, long version) {
        return new ConcurrentModificationException(
                "review.stale",
                String.valueOf(review.getKey()),
                String.valueOf(version),
                String.valueOf(review.getVersion()));
    }
}
