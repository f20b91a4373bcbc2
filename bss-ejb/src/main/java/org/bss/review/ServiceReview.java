package org.bss.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;
import org.bss.identity.PlatformUser;

/** A user's review of a service (table service_review): one per user and service, changed only by its author. */
@Entity
@Table(name = "service_review")
public class ServiceReview {

    @Id
    @SequenceGenerator(name = "service_review_seq", sequenceName = "service_review_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_review_seq")
    @Column(name = "review_key")
    private long key;

    @Column(name = "service_key", nullable = false)
    private long serviceKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_key", nullable = false)
    private PlatformUser author;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "title", nullable = false, length = ReviewInput.TITLE_MAX)
    private String title;

    @Column(name = "comment_text", nullable = false, length = ReviewInput.COMMENT_MAX)
    private String comment;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServiceReview() {}

    ServiceReview(long serviceKey, PlatformUser author, ReviewInput input, Instant now) {
        this.serviceKey = serviceKey;
        this.author = author;
        this.createdAt = now;
        change(input, now);
    }

    final void change(ReviewInput input, Instant now) {
        this.rating = input.rating();
        this.title = input.title();
        this.comment = input.comment();
        this.updatedAt = now;
    }

    boolean writtenBy(PlatformUser user) {
        return author.getKey() == user.getKey();
    }

    public long getKey() {
        return key;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public PlatformUser getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getTitle() {
        return title;
    }

    public String getComment() {
        return comment;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
