package org.bss.review;

import java.time.Instant;

/**
 * A review as readers see it, with the names of the contract's VOServiceReview: the author's user id and name (first
 * and last name, else the user id), and when it was last written.
 */
public record ReviewView(
        long key,
        int version,
        long serviceKey,
        int rating,
        String title,
        String comment,
        String userId,
        String userName,
        Instant modificationDate) {

    static ReviewView of(ServiceReview r) {
        String first = r.getAuthor().getFirstName();
        String last = r.getAuthor().getLastName();
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return new ReviewView(
                r.getKey(),
                r.getVersion(),
                r.getServiceKey(),
                r.getRating(),
                r.getTitle(),
                r.getComment(),
                r.getAuthor().getUserId(),
                name.isEmpty() ? r.getAuthor().getUserId() : name,
                r.getUpdatedAt());
    }
}
