package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Service &gt; Manage services &gt; a service &gt; Customer price models (App. G.6 customer price model and its
 * deletion) in headless Chromium: a service manager gives one of the supplier's customers its own price for a priced
 * service, and deletes it after a confirmation; the service keeps its own price throughout.
 */
class SupplierCustomerPriceIT {

    private static TestOrganization org;
    private static TestOrganization customer;
    private static TestUser manager;

    @BeforeAll
    static void fixtures() {
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        customer = TestOrganizations.create();
        manager = TestOrganizations.addUser(org, "mgr", "TECHNOLOGY_MANAGER", "SERVICE_MANAGER");
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("insert into supplier_customer (supplier_key, customer_key, marketplace_id,"
                    + " payment_types, created_at, version) values (?, ?, null, null, current_timestamp, 0)")) {
                s.setLong(1, org.orgKey());
                s.setLong(2, customer.orgKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org, customer);
    }

    @Test
    void aCustomerGetsItsOwnPriceWhichIsDeletedAfterAConfirmation() throws Exception {
        Path file = Files.createTempFile("bss-ts-customer-price", ".xml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices"
                        + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"Priced 2.0\" accessType=\"DIRECT\">"
                        + "<LocalizedDescription locale=\"en\">Priced</LocalizedDescription></tns:TechnicalService>"
                        + "</tns:TechnicalServices>",
                StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        inBrowser("en", browser -> {
            loginToHome(browser, manager.userId(), manager.password());
            browser.open("/technical/services.xhtml");
            browser.driver
                    .findElement(By.cssSelector("[id='importForm'] input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.clickAndWaitForPage("importForm:import");
            awaitMessage(browser, "New technical services: Priced 2.0.");
            browser.open("/supplier/services.xhtml");
            browser.type("defineForm:serviceId", "priced-basic");
            browser.type("defineForm:name", "Priced basic");
            clickAjax(browser, "defineForm:define");
            awaitMessage(browser, "The service priced-basic has been defined.");
            browser.clickAndWaitForPage("servicesForm:services:0:open");
            select(browser, "priceForm:type", "PRO_RATA");
            select(browser, "priceForm:currency", "EUR");
            browser.type("priceForm:pricePerPeriod", "100");
            clickAjax(browser, "priceForm:save");
            awaitMessage(browser, "The price model of priced-basic has been saved.");

            browser.clickAndWaitForPage("publishForm:customerPrices");
            assertThat(browser.currentPath()).isEqualTo("/supplier/customer-price.xhtml");
            select(browser, "customerPriceForm:customer", customer.orgId());
            browser.driver
                    .executeScript( // a script's selection fires no change event: the menu's ajax runs as a user's
                            "PrimeFaces.getWidgetById(arguments[0]).callBehavior('change');",
                            "customerPriceForm:customer");
            browser.waitForAjax();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("ownPrice")));
            assertThat(browser.driver.findElement(By.id("ownPrice")).getText())
                    .contains("pays the price model of the service");
            browser.type("customerPriceForm:pricePerPeriod", "80");
            clickAjax(browser, "customerPriceForm:save");
            awaitMessage(browser, "The price model of priced-basic for ");
            assertThat(customerPrices()).containsExactly("80");
            browser.screenshot("supplier-20-customer-price");

            browser.click("customerPriceForm:delete");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='customerPriceForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.click("customerPriceForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "has been deleted.");
            assertThat(customerPrices()).isEmpty();
            assertThat(servicePrice()).isEqualTo("100");
        });
    }

    /** The per-period prices of the customer price models of the organization's services. */
    private static java.util.List<String> customerPrices() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select p.terms from price_model p join service s"
                    + " on s.service_key = p.service_key where s.org_key = ? and s.customer_key = ?")) {
                s.setLong(1, org.orgKey());
                s.setLong(2, customer.orgKey());
                java.util.List<String> prices = new java.util.ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        prices.add(perPeriod(r.getString(1)));
                    }
                }
                return prices;
            }
        });
    }

    private static String servicePrice() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select p.terms from price_model p join service s"
                    + " on s.service_key = p.service_key where s.org_key = ? and s.template_key is null")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? perPeriod(r.getString(1)) : "";
                }
            }
        });
    }

    private static String perPeriod(String terms) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"pricePerPeriod\"\\s*:\\s*\"?([0-9.]+)")
                .matcher(terms);
        return m.find()
                ? new java.math.BigDecimal(m.group(1)).stripTrailingZeros().toPlainString()
                : "?";
    }
}
