package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** XSD {@code voServiceFeedback} (ws-contract §3.29, no BaseVO): a service's reviews and average rating. */
@XmlType(
        name = "voServiceFeedback",
        propOrder = {"allowedToWriteReview", "averageRating", "reviews", "serviceKey"})
public class VOServiceFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean allowedToWriteReview;
    private BigDecimal averageRating;
    private List<VOServiceReview> reviews = new ArrayList<>();
    private long serviceKey;

    public boolean isAllowedToWriteReview() {
        return allowedToWriteReview;
    }

    public void setAllowedToWriteReview(boolean allowedToWriteReview) {
        this.allowedToWriteReview = allowedToWriteReview;
    }

    public BigDecimal getAverageRating() {
        return averageRating;
    }

    public void setAverageRating(BigDecimal averageRating) {
        this.averageRating = averageRating;
    }

    @XmlElement(nillable = true)
    public List<VOServiceReview> getReviews() {
        return reviews;
    }

    public void setReviews(List<VOServiceReview> reviews) {
        this.reviews = reviews;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public void setServiceKey(long serviceKey) {
        this.serviceKey = serviceKey;
    }
}
