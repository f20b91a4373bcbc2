package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;

/**
 * XSD {@code voServiceReview} (ws-contract §3.28): a user's review of a service ({@code productKey}), rating 1..5;
 * {@code modificationDate} in milliseconds since the epoch.
 */
@XmlType(
        name = "voServiceReview",
        propOrder = {"comment", "modificationDate", "productKey", "rating", "title", "userId", "userName"})
public class VOServiceReview extends BaseVO {

    private static final long serialVersionUID = 1L;

    private String comment;
    private long modificationDate;
    private long productKey;
    private int rating;
    private String title;
    private String userId;
    private String userName;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public long getModificationDate() {
        return modificationDate;
    }

    public void setModificationDate(long modificationDate) {
        this.modificationDate = modificationDate;
    }

    public long getProductKey() {
        return productKey;
    }

    public void setProductKey(long productKey) {
        this.productKey = productKey;
    }

    public int getRating() {
        return rating;
    }

    public void setRating(int rating) {
        this.rating = rating;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }
}
