package org.bss.review;

import org.bss.catalog.MarketableService;
import org.bss.identity.PlatformUser;

/**
 * Who may review a service (MKT-4; the original: a user whose organization subscribes to the service and who uses
 * it). Subscriptions come with issue 14: until then {@link SubscribersOnly} answers no for everyone.
 */
public interface ReviewEligibility {

    /** Whether the user may write (or change) a review of the service. */
    boolean mayReview(PlatformUser user, MarketableService service);
}
