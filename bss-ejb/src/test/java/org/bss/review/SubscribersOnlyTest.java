package org.bss.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.OperationNotPermittedException;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** As BSS runs today: no subscriptions (issue 14), so no user may review, and the feedback says so. */
class SubscribersOnlyTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    @Test
    void nobodyMayReviewUntilSubscriptionsExist() {
        ShopFixture shop = new ShopFixture(bss);
        long service = shop.onSale("Meeting");
        ReviewService reviews = bss.bean(ReviewService.class);
        shop.asCustomerAdmin();

        assertThat(catchThrowableOfType(
                                OperationNotPermittedException.class,
                                () -> bss.call(() -> reviews.write(service, new ReviewInput(5, "t", "c"), null)))
                        .messageKey())
                .isEqualTo("review.notSubscribed");
        FeedbackView feedback = bss.call(() -> reviews.feedback(service));
        assertThat(feedback.allowedToWriteReview()).isFalse();
        assertThat(feedback.reviewCount()).isZero();
    }
}
