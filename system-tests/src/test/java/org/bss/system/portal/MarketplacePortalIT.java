package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.system.rest.Shop;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The service portal's marketplace pages (MKT-4) in headless Chromium, as an anonymous visitor: the services on sale
 * of a marketplace, found by a word and by a tag of the tag cloud; a service's page with its seller, what it charges
 * and the subscribe button shown disabled (subscriptions come with issue 14); a visitor registers his organization as
 * a customer (the initial password goes out by mail); the page in Japanese. The service's page shows its reviews with
 * the average rating.
 */
class MarketplacePortalIT {

    private static final List<TestOrganization> REGISTERED = new CopyOnWriteArrayList<>();
    private static Shop shop;
    private static String word;
    private static long onSale;

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        word = "portal" + UUID.randomUUID().toString().substring(0, 8);
        long service = shop.onSale(word, "gallery");
        onSale = service;
        // writing a review needs a subscription (issue 14): the review a subscriber would have written is stored here
        TestDatabase.with(c -> {
            try (var s = c.prepareStatement("insert into service_review (review_key, service_key, user_key, rating,"
                    + " title, comment_text, version, created_at, updated_at)"
                    + " values (?, ?, ?, 4, 'Handy', 'Does what it says.', 0, current_timestamp, current_timestamp)")) {
                s.setLong(1, ThreadLocalRandom.current().nextLong(TestUsers.FIRST_KEY, TestUsers.LAST_KEY + 1));
                s.setLong(2, service);
                s.setLong(3, shop.owner().userKey());
                return s.executeUpdate();
            }
        });
    }

    @AfterAll
    static void cleanUp() {
        try {
            TestOrganizations.delete(REGISTERED.toArray(TestOrganization[]::new));
        } finally {
            shop.close();
        }
    }

    @Test
    void anAnonymousVisitorFindsAServiceAndReadsWhatItCharges() {
        inBrowser("en", browser -> {
            String marketplace = "/marketplace/index.xhtml?mId=" + shop.marketplaceId;
            awaitListed(browser, marketplace);
            assertThat(browser.pageTitle()).isEqualTo("Marketplace");
            assertThat(texts(browser, ".market-service-name")).contains(word);
            assertThat(texts(browser, ".market-tag")).contains("gallery");
            browser.screenshot("market-10-landing");

            browser.open(marketplace + "&q=nothing-like-this");
            assertThat(texts(browser, ".market-service-name")).isEmpty();
            browser.open(marketplace + "&tag=GALLERY");
            assertThat(texts(browser, ".market-service-name")).containsExactly(word);

            browser.driver.findElement(By.linkText(word)).click();
            browser.waitFor(d -> browser.currentPath().equals("/marketplace/service.xhtml"));
            assertThat(browser.pageTitle()).isEqualTo(word);
            assertThat(browser.byId("seller").getText()).contains("System test");
            assertThat(texts(browser, ".market-price-line")).containsExactly("Free of charge.");
            assertThat(browser.byId("averageRating").getText()).isEqualTo("Rated 4.0 of 5 by one reviewer.");
            assertThat(texts(browser, ".market-review-title")).containsExactly("Handy");
            assertThat(texts(browser, ".market-review-comment")).containsExactly("Does what it says.");
            assertThat(browser.byId("subscribe").isEnabled())
                    .as("subscribing comes with issue 14")
                    .isFalse();
            browser.screenshot("market-11-service");
        });
    }

    @Test
    void aVisitorRegistersHisOrganizationAsACustomer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        inBrowser("en", browser -> {
            browser.open("/marketplace/index.xhtml?mId=" + shop.marketplaceId);
            browser.clickAndWaitForPage("register");
            assertThat(browser.currentPath()).isEqualTo("/marketplace/register.xhtml");
            browser.type("registerForm:organizationName", "Portal customer " + suffix);
            browser.type("registerForm:organizationEmail", "org-" + suffix + "@system-test.invalid");
            browser.type("registerForm:domicile", "DE");
            browser.type("registerForm:userId", "st-cust-" + suffix);
            browser.type("registerForm:email", "cust-" + suffix + "@system-test.invalid");
            browser.type("registerForm:firstName", "Pat");
            browser.type("registerForm:lastName", "Customer");
            browser.click("registerForm:register");
            String message = AccountSteps.awaitMessage(browser, "is registered").get(0);
            browser.screenshot("market-13-registered");
            String orgId = message.substring("Your organization ".length(), message.indexOf(" is registered"));
            REGISTERED.add(TestOrganizations.existing(orgId));
            assertThat(message).contains("st-cust-" + suffix, "cust-" + suffix + "@system-test.invalid");
        });
    }

    @Test
    void anUnknownMarketplaceIdLeadsToThePageTheOperatorSet() {
        inBrowser("en", browser -> {
            browser.open("/marketplace/index.xhtml?mId=no-such-marketplace");
            assertThat(browser.globalMessages()).anyMatch(m -> m.contains("no-such-marketplace"));
        });
        String before = shop.setting(
                "MP_ERROR_REDIRECT_HTTP",
                System.getProperty("bss.http.url", "http://localhost:8080") + "/bss-portal/login.xhtml");
        try {
            inBrowser("en", browser -> {
                browser.open("/marketplace/index.xhtml?mId=no-such-marketplace");
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
                browser.open("/marketplace/service.xhtml?mId=no-such-marketplace&key=1");
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
            });
        } finally {
            shop.setting("MP_ERROR_REDIRECT_HTTP", before);
        }
    }

    @Test
    void theOwnerFeaturesAServiceOnTheLandingPage() {
        inBrowser("en", browser -> {
            loginToHome(browser, shop.owner().userId(), shop.owner().password());
            browser.open("/marketplaces/featured.xhtml?id=" + shop.marketplaceId);
            assertThat(browser.pageTitle()).isEqualTo("Featured services");
            OperatorSteps.check(browser, "featuredForm:services", String.valueOf(onSale));
            OperatorSteps.clickAjax(browser, "featuredForm:save");
            AccountSteps.awaitMessage(browser, "The marketplace " + shop.marketplaceId + " features one service now.");
            browser.screenshot("market-14-featured-chosen");
        });
        inBrowser("en", browser -> {
            browser.open("/marketplace/index.xhtml?mId=" + shop.marketplaceId);
            assertThat(texts(browser, ".market-featured-name")).containsExactly(word);
            browser.open("/marketplace/index.xhtml?mId=" + shop.marketplaceId + "&q=" + word);
            assertThat(texts(browser, ".market-featured-name"))
                    .as("only on the landing page")
                    .isEmpty();
            browser.screenshot("market-15-featured");
        });
    }

    @Test
    void theMarketplaceSpeaksJapanese() {
        inBrowser("ja", browser -> {
            awaitListed(browser, "/marketplace/index.xhtml?mId=" + shop.marketplaceId);
            assertThat(browser.pageTitle()).isEqualTo("マーケットプレース");
            browser.screenshot("market-12-ja");
        });
    }

    /** The index lags a commit by at most a second: opens the page again until the service is listed. */
    private static void awaitListed(PortalBrowser browser, String path) {
        long end = System.nanoTime() + 10_000_000_000L;
        do {
            browser.open(path);
        } while (!texts(browser, ".market-service-name").contains(word) && System.nanoTime() < end);
    }
}
