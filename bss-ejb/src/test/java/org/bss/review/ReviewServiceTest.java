package org.bss.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.mail.MailParams;
import org.bss.mail.MailTemplate;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules of reviews (MKT-4) with a stand-in for who may review: in BSS today nobody (subscriptions come with issue
 * 14, {@link SubscribersOnlyTest}); here the users the test names. One review per user and service, changed by its
 * author; deleted by its author or an administrator of its organization; removed by the marketplace owner with a
 * reason mailed to the author; the average rating and count.
 */
class ReviewServiceTest {

    private final Set<String> subscribers = new HashSet<>();

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness()
            .standIn(ReviewEligibility.class, (user, service) -> subscribers.contains(user.getUserId()));

    private ShopFixture shop;
    private ReviewService reviews;
    private long service;

    @BeforeEach
    void aServiceOnSale() {
        shop = new ShopFixture(bss);
        reviews = bss.bean(ReviewService.class);
        service = shop.onSale("Meeting");
        subscribers.add("customer-user");
        subscribers.add("customer-admin");
    }

    @Test
    void oneReviewPerUserAndServiceChangedByItsAuthor() {
        shop.asCustomerUser();
        ReviewView first = bss.call(() -> reviews.write(service, new ReviewInput(4, "Good", "Works well"), null));
        ReviewView changed = bss.call(
                () -> reviews.write(service, new ReviewInput(2, "Less good", "Slow lately"), (long) first.version()));

        assertThat(changed.key()).isEqualTo(first.key());
        assertThat(changed.rating()).isEqualTo(2);
        assertThat(changed.userId()).isEqualTo("customer-user");
        assertThat(refused(() -> reviews.write(service, new ReviewInput(3, "t", "c"), (long) first.version())))
                .isInstanceOf(ConcurrentModificationException.class);

        shop.asCustomerAdmin();
        bss.call(() -> reviews.write(service, new ReviewInput(5, "Great", "Love it"), null));
        FeedbackView feedback = bss.call(() -> reviews.feedback(service));
        assertThat(feedback.reviewCount()).isEqualTo(2);
        assertThat(feedback.averageRating()).isEqualTo(new BigDecimal("3.5"));
        assertThat(feedback.allowedToWriteReview()).isTrue();
        assertThat(feedback.reviews()).extracting(ReviewView::userId).contains("customer-user", "customer-admin");
    }

    @Test
    void theServicePortalShowsTheFeedbackOfServicesOnSaleOnly() {
        shop.asCustomerUser();
        bss.call(() -> reviews.write(service, new ReviewInput(4, "Good", "Works well"), null));
        long draft = shop.service("Draft");

        FeedbackView shown = bss.call(() -> reviews.publicFeedback(service));
        assertThat(shown.reviewCount()).isEqualTo(1);
        assertThat(shown.averageRating()).isEqualTo(new BigDecimal("4.0"));
        assertThat(shown.allowedToWriteReview())
                .as("nobody writes from the public view")
                .isFalse();
        assertThat(refused(() -> reviews.publicFeedback(draft))).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void onlyEligibleUsersReviewServicesOnSaleAndBadInputChangesNothing() {
        shop.asSeller();
        assertThat(refused(() -> reviews.write(service, new ReviewInput(5, "Mine", "Best"), null))
                        .messageKey())
                .isEqualTo("review.notSubscribed");
        assertThat(bss.call(() -> reviews.feedback(service)).allowedToWriteReview())
                .isFalse();

        long draft = shop.service("Draft");
        shop.asCustomerUser();
        assertThat(refused(() -> reviews.write(draft, new ReviewInput(5, "t", "c"), null))
                        .messageKey())
                .isEqualTo("review.notOnSale");
        assertThat(bss.call(() -> reviews.feedback(draft)).allowedToWriteReview())
                .isFalse();
        assertThat(refused(() -> reviews.write(999_999, new ReviewInput(5, "t", "c"), null)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(catchThrowableOfType(ValidationException.class, () -> new ReviewInput(9, "t", "c")))
                .isNotNull();

        FeedbackView none = bss.call(() -> reviews.feedback(service));
        assertThat(none.reviewCount()).isZero();
        assertThat(none.averageRating()).isNull();
    }

    @Test
    void theAuthorOrItsAdministratorDeletesNobodyElse() {
        shop.asCustomerUser();
        ReviewView byUser = bss.call(() -> reviews.write(service, new ReviewInput(4, "Good", "Fine"), null));

        shop.asOtherOwner();
        assertThat(refused(() -> reviews.delete(byUser.key())).messageKey()).isEqualTo("review.notAuthor");
        shop.asCustomerAdmin();
        bss.run(() -> reviews.delete(byUser.key()));
        assertThat(refused(() -> reviews.get(byUser.key()))).isInstanceOf(ObjectNotFoundException.class);

        ReviewView byAdmin = bss.call(() -> reviews.write(service, new ReviewInput(3, "Ok", "Fine"), null));
        bss.run(() -> reviews.delete(byAdmin.key()));
        assertThat(bss.call(() -> reviews.feedback(service)).reviewCount()).isZero();
    }

    @Test
    void theMarketplaceOwnerRemovesAReviewWithAReasonMailedToTheAuthor() {
        shop.asCustomerUser();
        ReviewView review = bss.call(() -> reviews.write(service, new ReviewInput(1, "Bad", "Spam link"), null));

        shop.asOtherOwner();
        assertThat(refused(() -> reviews.removeByMarketplaceOwner(review.key(), "Spam")))
                .isInstanceOf(OperationNotPermittedException.class);
        shop.asSeller();
        assertThat(refused(() -> reviews.removeByMarketplaceOwner(review.key(), " ")))
                .isInstanceOf(ValidationException.class);
        assertThat(bss.mails()).isEmpty();
        assertThat(bss.call(() -> reviews.feedback(service)).reviewCount()).isEqualTo(1);

        bss.run(() -> reviews.removeByMarketplaceOwner(review.key(), "Links to other shops"));

        assertThat(bss.call(() -> reviews.feedback(service)).reviewCount()).isZero();
        assertThat(bss.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.REVIEW_REMOVED);
            assertThat(mail.params())
                    .containsEntry(MailParams.USER_ID, "customer-user")
                    .containsEntry(MailParams.SERVICE_NAME, "Meeting")
                    .containsEntry(MailParams.MARKETPLACE_ID, shop.marketplaceId)
                    .containsEntry(MailParams.REASON, "Links to other shops");
        });
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
