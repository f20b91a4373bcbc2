package org.bss.review;

import jakarta.enterprise.context.Dependent;
import org.bss.catalog.MarketableService;
import org.bss.identity.PlatformUser;

/**
 * The rule of the original product: only a user of a subscription to the service reviews it. BSS has no subscriptions
 * yet (issue 14 builds them), so no user may write a review; issue 14 replaces this answer with a look at the user's
 * subscriptions.
 */
@Dependent
public class SubscribersOnly implements ReviewEligibility {

    @Override
    public boolean mayReview(PlatformUser user, MarketableService service) {
        return false;
    }
}
