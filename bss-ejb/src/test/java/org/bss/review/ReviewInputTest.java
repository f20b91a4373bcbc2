package org.bss.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

/** A review's rating (1..5), title (1–100) and comment (1–2,000), and the average rating. */
class ReviewInputTest {

    @Test
    void ratingFromOneToFiveTitleAndCommentRequiredWithinLimits() {
        ReviewInput input = new ReviewInput(5, " Great ", "x".repeat(2000));
        assertThat(input.title()).isEqualTo("Great");
        assertThat(new ReviewInput(1, "t".repeat(100), "ok").rating()).isEqualTo(1);

        assertThat(refused(() -> new ReviewInput(0, "t", "c"))).isEqualTo("review.rating");
        assertThat(refused(() -> new ReviewInput(6, "t", "c"))).isEqualTo("review.rating");
        assertThat(refused(() -> new ReviewInput(3, " ", "c"))).isEqualTo("review.required");
        assertThat(refused(() -> new ReviewInput(3, "t", null))).isEqualTo("review.required");
        assertThat(refused(() -> new ReviewInput(3, "t".repeat(101), "c"))).isEqualTo("review.tooLong");
        assertThat(refused(() -> new ReviewInput(3, "t", "c".repeat(2001)))).isEqualTo("review.tooLong");
        assertThat(refused(() -> ReviewInput.reason(""))).isEqualTo("review.required");
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimal() {
        assertThat(FeedbackView.average(List.of())).isNull();
        assertThat(FeedbackView.average(List.of(5))).isEqualByComparingTo("5");
        assertThat(FeedbackView.average(List.of(4, 5))).isEqualTo(new BigDecimal("4.5"));
        assertThat(FeedbackView.average(List.of(1, 2, 2))).isEqualTo(new BigDecimal("1.7"));
        assertThat(FeedbackView.average(List.of(1, 1, 2, 2, 2, 2))).isEqualTo(new BigDecimal("1.7"));
    }

    private static String refused(Runnable check) {
        return catchThrowableOfType(ValidationException.class, check::run).messageKey();
    }
}
