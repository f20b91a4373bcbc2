package org.bss.ws.review;

import org.bss.review.FeedbackView;
import org.bss.review.ReviewView;
import org.bss.ws.vo.VOServiceFeedback;
import org.bss.ws.vo.VOServiceReview;

/** Reviews and feedback as the contract's VOs (times in milliseconds since the epoch). */
final class ReviewMapper {

    private ReviewMapper() {}

    static VOServiceReview toVO(ReviewView view) {
        VOServiceReview vo = new VOServiceReview();
        vo.setKey(view.key());
        vo.setVersion(view.version());
        vo.setProductKey(view.serviceKey());
        vo.setRating(view.rating());
        vo.setTitle(view.title());
        vo.setComment(view.comment());
        vo.setUserId(view.userId());
        vo.setUserName(view.userName());
        vo.setModificationDate(view.modificationDate().toEpochMilli());
        return vo;
    }

    static VOServiceFeedback toVO(FeedbackView view) {
        VOServiceFeedback vo = new VOServiceFeedback();
        vo.setServiceKey(view.serviceKey());
        vo.setAverageRating(view.averageRating());
        vo.setAllowedToWriteReview(view.allowedToWriteReview());
        vo.setReviews(view.reviews().stream().map(ReviewMapper::toVO).toList());
        return vo;
    }
}
