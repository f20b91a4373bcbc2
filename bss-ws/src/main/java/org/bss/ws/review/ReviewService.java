package org.bss.ws.review;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import org.bss.common.security.Roles;
import org.bss.review.ReviewInput;
import org.bss.ws.faults.ConcurrentModificationException;
import org.bss.ws.faults.FaultInterceptor;
import org.bss.ws.faults.FaultTarget;
import org.bss.ws.faults.NonUniqueBusinessKeyException;
import org.bss.ws.faults.ObjectNotFoundException;
import org.bss.ws.faults.OperationNotPermittedException;
import org.bss.ws.faults.ValidationException;
import org.bss.ws.vo.VOServiceFeedback;
import org.bss.ws.vo.VOServiceReview;

/**
 * SOAP face of reviews (ws-contract §2.11) at {@code /ReviewService/BASIC}, over {@link org.bss.review.ReviewService}.
 * A review is of the service {@code productKey}; writing one needs a subscription to it, which BSS does not have yet
 * (issue 14): until then writeReview answers OperationNotPermittedException for everyone. deleteReview and
 * deleteReviewByMarketplaceOwner also declare ValidationException, which the contract does not: a key that is no
 * number, or no reason (or one over 2,000 characters), is refused with it instead of a Server fault.
 */
@Stateless(name = "ReviewService")
@WebService(
        name = "ReviewService",
        serviceName = "ReviewService",
        portName = "ReviewServicePort",
        targetNamespace = "http://oscm.org/xsd")
@HandlerChain(file = "handler-chain.xml")
@Interceptors(FaultInterceptor.class)
@DeclareRoles({Roles.LOGGED_IN, Roles.MARKETPLACE_OWNER, Roles.ORGANIZATION_ADMIN})
@RolesAllowed(Roles.LOGGED_IN)
public class ReviewService {

    @EJB
    private org.bss.review.ReviewService reviews;

    /** Writes the caller's review of the service {@code productKey}, or changes it (key and version of the VO read). */
    @WebMethod
    @FaultTarget(member = "review", objectClass = "SERVICE")
    public VOServiceReview writeReview(@WebParam(name = "review") VOServiceReview review)
            throws ValidationException, NonUniqueBusinessKeyException, ConcurrentModificationException,
                    ObjectNotFoundException, OperationNotPermittedException {
        if (review == null) {
            throw new org.bss.common.ValidationException("review.required", "review");
        }
        ReviewInput input = new ReviewInput(review.getRating(), review.getTitle(), review.getComment());
        Long version = review.getKey() == 0 ? null : (long) review.getVersion();
        return ReviewMapper.toVO(reviews.write(review.getProductKey(), input, version));
    }

    /** Deletes the review of the VO's key: the caller's own, or one of its organization's for an administrator. */
    @WebMethod
    @FaultTarget(objectClass = "PRODUCT_REVIEW")
    public void deleteReview(@WebParam(name = "review") VOServiceReview review)
            throws OperationNotPermittedException, ObjectNotFoundException, ValidationException {
        reviews.delete(review == null ? 0 : review.getKey());
    }

    /** The owner of the service's marketplace removes the review; its author is mailed the reason. */
    @WebMethod
    @FaultTarget(objectClass = "PRODUCT_REVIEW")
    public void deleteReviewByMarketplaceOwner(
            @WebParam(name = "review") VOServiceReview review, @WebParam(name = "reason") String reason)
            throws OperationNotPermittedException, ObjectNotFoundException, ValidationException {
        reviews.removeByMarketplaceOwner(review == null ? 0 : review.getKey(), reason);
    }

    /** The service's reviews, their average rating and whether the caller may write one. */
    @WebMethod
    @FaultTarget(objectClass = "SERVICE")
    public VOServiceFeedback getServiceFeedback(@WebParam(name = "serviceKey") long serviceKey)
            throws ObjectNotFoundException {
        return ReviewMapper.toVO(reviews.feedback(serviceKey));
    }
}
