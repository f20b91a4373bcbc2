package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/reviews (docs/marketplaces.md "Reviews"): anyone logged in reads a service's feedback; writing a review
 * needs a subscription, which BSS does not have yet (issue 14), so every write is refused and nothing is stored.
 */
class ReviewResourceIT {

    private static Shop shop;
    private static TestOrganization customer;
    private static long service;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        customer = TestOrganizations.create();
        service = shop.onSale("reviewed");
    }

    @AfterAll
    static void cleanUp() {
        try {
            shop.close();
        } finally {
            TestOrganizations.delete(customer);
        }
    }

    @Test
    void feedbackOfAServiceWithoutReviews() {
        Answer feedback =
                api.send("GET", "/reviews?serviceKey=" + service, api.token(customer.admin()), null, null, null);

        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(200);
        assertThat(feedback.json().getJsonNumber("serviceKey").longValue()).isEqualTo(service);
        assertThat(feedback.json().getInt("reviewCount")).isZero();
        assertThat(feedback.json().getBoolean("allowedToWriteReview")).isFalse();
        assertThat(feedback.json().getJsonArray("reviews")).isEmpty();
        assertThat(api.send("GET", "/reviews?serviceKey=999999999", api.token(customer.admin()), null, null, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/reviews?serviceKey=abc", api.token(customer.admin()), null, null, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void writingWaitsForSubscriptionsAndBadInputIsRefusedFirst() {
        String token = api.token(customer.admin());

        Answer refused =
                write(token, "{\"serviceKey\":" + service + ",\"rating\":5,\"title\":\"Great\",\"comment\":\"Yes\"}");
        Answer badRating =
                write(token, "{\"serviceKey\":" + service + ",\"rating\":6,\"title\":\"t\",\"comment\":\"c\"}");
        Answer noTitle = write(token, "{\"serviceKey\":" + service + ",\"rating\":3,\"comment\":\"c\"}");
        Answer unknownReview = api.send("DELETE", "/reviews/999999999", token, null, null, null);
        Answer removalByCustomer = api.send(
                "POST", "/reviews/999999999/removal", token, "application/json", "{\"reason\":\"spam\"}", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("review.notSubscribed");
        UserApi.assertInvalid(badRating, "review.rating");
        UserApi.assertInvalid(noTitle, "review.required");
        assertThat(unknownReview.status()).isEqualTo(404);
        assertThat(removalByCustomer.status()).isEqualTo(403);
        assertThat(api.send("GET", "/reviews?serviceKey=" + service, token, null, null, null)
                        .json()
                        .getInt("reviewCount"))
                .isZero();
    }

    private Answer write(String token, String json) {
        return api.send("POST", "/reviews", token, "application/json", json, null);
    }
}
