package org.bss.review;

import org.bss.common.ValidationException;

/**
 * What a user writes about a service (MKT-4, the contract's VOServiceReview): a rating of 1 to 5 stars, a title of
 * 1–100 and a comment of 1–2,000 characters (both required, surrounding spaces dropped).
 */
public record ReviewInput(int rating, String title, String comment) {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int TITLE_MAX = 100;
    public static final int COMMENT_MAX = 2000;

    public ReviewInput {
        if (rating < RATING_MIN || rating > RATING_MAX) {
            throw new ValidationException(
                    "review.rating", String.valueOf(rating), String.valueOf(RATING_MIN), String.valueOf(RATING_MAX));
        }
        title = required("title", title, TITLE_MAX);
        comment = required("comment", comment, COMMENT_MAX);
    }

    /** A reason the marketplace owner gives for removing a review: 1–2,000 characters. */
    public static String reason(String reason) {
        return required("reason", reason, COMMENT_MAX);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("review.required", field);
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new ValidationException("review.tooLong", field, String.valueOf(max));
        }
        return text;
    }
}
