package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The elements of VOCategory, VOTag, VOServiceReview and VOServiceFeedback on the wire: qualified, in the contract's
 * order (ws-contract §3.26–3.29).
 */
class TaggingVOWireTest {

    private static List<String> elements(Object vo, Class<?> type) throws Exception {
        StringWriter xml = new StringWriter();
        @SuppressWarnings({"unchecked", "rawtypes"})
        JAXBElement<?> root = new JAXBElement(new QName("urn:test", "root"), type, vo);
        JAXBContext.newInstance(type).createMarshaller().marshal(root, xml);
        Matcher m = Pattern.compile("<(\\w+)>").matcher(xml.toString());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(xml.toString()).as("qualified").contains("xmlns=\"http://oscm.org/xsd\"");
        return names;
    }

    @Test
    void categoryAndTag() throws Exception {
        VOCategory category = new VOCategory();
        category.setCategoryId("office");
        category.setMarketplaceId("mp");
        category.setName("Office");
        VOTag tag = new VOTag();
        tag.setLocale("en");
        tag.setValue("video");
        tag.setNumberReferences(3);

        assertThat(elements(category, VOCategory.class))
                .containsExactly("key", "version", "categoryId", "marketplaceId", "name");
        assertThat(elements(tag, VOTag.class)).containsExactly("key", "version", "locale", "numberReferences", "value");
    }

    @Test
    void reviewAndFeedback() throws Exception {
        VOServiceReview review = new VOServiceReview();
        review.setComment("c");
        review.setTitle("t");
        review.setUserId("u");
        review.setUserName("n");
        VOServiceFeedback feedback = new VOServiceFeedback();
        feedback.setAverageRating(new BigDecimal("4.5"));
        feedback.setReviews(List.of(review));

        assertThat(elements(review, VOServiceReview.class))
                .containsExactly(
                        "key",
                        "version",
                        "comment",
                        "modificationDate",
                        "productKey",
                        "rating",
                        "title",
                        "userId",
                        "userName");
        assertThat(elements(feedback, VOServiceFeedback.class))
                .containsExactly(
                        "allowedToWriteReview",
                        "averageRating",
                        "reviews",
                        "key",
                        "version",
                        "comment",
                        "modificationDate",
                        "productKey",
                        "rating",
                        "title",
                        "userId",
                        "userName",
                        "serviceKey");
    }
}
