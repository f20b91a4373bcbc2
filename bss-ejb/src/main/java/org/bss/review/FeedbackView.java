package org.bss.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A service's feedback (the contract's VOServiceFeedback): its reviews (newest first), their number, the average
 * rating rounded half up to one decimal (null while there is none), and whether the caller may write a review.
 */
public record FeedbackView(
        long serviceKey,
        BigDecimal averageRating,
        int reviewCount,
        boolean allowedToWriteReview,
        List<ReviewView> reviews) {

    public FeedbackView {
        reviews = List.copyOf(reviews);
    }

    /** The average of the ratings, half up to one decimal; null for none. */
    public static BigDecimal average(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
    }
}
