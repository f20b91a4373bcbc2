package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.util.UUID;
import org.bss.system.rest.Shop;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service's page on the marketplace (MKT-4) shows a logged-in customer the price model its supplier gave it (G.6
 * customer price model), and an anonymous visitor the service's own (free) price model, in headless Chromium.
 */
class CustomerPriceOnMarketplaceIT {

    private static Shop shop;
    private static TestOrganization customer;
    private static long service;

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        customer = TestOrganizations.create();
        service = shop.onSale("cpm" + UUID.randomUUID().toString().substring(0, 8));
        shop.customerPrice(
                service,
                customer,
                "{\"type\":\"PRO_RATA\",\"currency\":\"EUR\",\"period\":\"MONTH\",\"pricePerPeriod\":80}");
    }

    @AfterAll
    static void cleanUp() {
        try {
            TestOrganizations.delete(customer);
        } finally {
            shop.close();
        }
    }

    @Test
    void theCustomerReadsItsOwnPriceAndAVisitorTheServices() {
        String page = "/marketplace/service.xhtml?mId=" + shop.marketplaceId + "&key=" + service;
        inBrowser("en", browser -> {
            browser.open(page);
            assertThat(texts(browser, ".market-price-line")).containsExactly("Free of charge.");

            loginToHome(browser, customer.admin().userId(), customer.admin().password());
            browser.open(page);
            assertThat(texts(browser, ".market-price-line"))
                    .anySatisfy(line -> assertThat(line).contains("80").contains("month"))
                    .doesNotContain("Free of charge.");
            browser.screenshot("market-20-customer-price");
        });
    }
}
