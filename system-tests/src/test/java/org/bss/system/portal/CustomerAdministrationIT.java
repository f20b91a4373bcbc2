package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.check;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.select;
import static org.bss.system.portal.OperatorSteps.texts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.bss.system.rest.Shop;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Customer administration (ORG-2, App. G.2) in headless Chromium: a supplier's service manager turns VAT support on,
 * registers a customer on the supplier's marketplace, finds it in the list, gives it a discount and its own VAT rate
 * and sees them on its settings; a discount over 100 % and a VAT rate with three decimals get the service's message
 * and change nothing; the discount is removed after a confirmation; on Manage VAT a country's rate is added and the
 * customer's removed after a confirmation; the payment types for new customers are saved. The customer pages in Japanese.
 */
class CustomerAdministrationIT {

    private static Shop shop;
    private static TestOrganization customer;

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        TestOrganizations.paymentTypes(shop.supplier, "INVOICE,CREDIT_CARD");
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
    void aCustomerIsRegisteredListedAndGivenADiscountAndAVatRate() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        inBrowser("en", browser -> {
            loginToHome(browser, shop.serviceManager.userId(), shop.serviceManager.password());

            PortalSteps.openMenu(browser, "Customer", "Manage VAT");
            assertThat(browser.currentPath()).isEqualTo("/customer/vat.xhtml");
            browser.type("defaultForm:defaultRate", "19");
            clickAjax(browser, "defaultForm:save");
            awaitMessage(browser, "The default VAT rate has been saved.");
            assertThat(browser.byId("defaultForm:support").getText()).isEqualTo("VAT support is on.");

            PortalSteps.openMenu(browser, "Customer", "Register customer");
            assertThat(browser.currentPath()).isEqualTo("/customer/customer-new.xhtml");
            clickAjax(browser, "newForm:create");
            assertThat(OperatorSteps.fieldMessage(browser, "newForm:organization_marketplaceid"))
                    .contains("Marketplace ID");
            assertThat(texts(browser, "[id='newForm:createdOrgId']")).isEmpty();
            browser.type("newForm:organization_name", "Customer " + suffix);
            browser.type("newForm:organization_email", "cust-" + suffix + "@system-test.invalid");
            select(browser, "newForm:organization_domicile", "DE");
            browser.type("newForm:organization_marketplaceid", shop.marketplaceId);
            browser.type("newForm:user_identifier", "st-cadm-" + suffix);
            browser.type("newForm:user_email", "cadm-" + suffix + "@system-test.invalid");
            select(browser, "newForm:user_salutation", "MR");
            clickAjax(browser, "newForm:create");
            awaitMessage(browser, "has been registered");
            String orgId = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("newForm:createdOrgId")))
                    .getText();
            customer = TestOrganizations.existing(orgId);
            browser.screenshot("customer-10-registered");

            PortalSteps.openMenu(browser, "Customer", "Manage customers");
            assertThat(browser.currentPath()).isEqualTo("/customer/customers.xhtml");
            browser.type("customersForm:search", suffix);
            clickAjax(browser, "customersForm:find");
            assertThat(texts(browser, ".customer-id")).containsExactly(orgId);
            assertThat(texts(browser, ".customer-name")).containsExactly("Customer " + suffix);
            browser.screenshot("customer-11-list");
            browser.type("customersForm:search", "nobody-like-" + suffix);
            clickAjax(browser, "customersForm:find");
            assertThat(texts(browser, ".customer-id")).isEmpty();
            browser.type("customersForm:search", suffix);
            clickAjax(browser, "customersForm:find");

            browser.clickAndWaitForPage("customersForm:customers:0:open");
            assertThat(browser.currentPath()).isEqualTo("/customer/customer.xhtml");
            assertThat(browser.byId("customerId").getText()).isEqualTo(orgId);
            assertThat(browser.byId("discountForm:discountState").getText()).isEqualTo("The customer has no discount.");

            browser.type("discountForm:percent", "150");
            clickAjax(browser, "discountForm:save");
            awaitMessage(browser, "The discount 150 is not valid");
            browser.type("vatForm:rate", "7.125");
            clickAjax(browser, "vatForm:save");
            awaitMessage(browser, "The VAT rate 7.125 of the customer is not valid");
            browser.screenshot("customer-12-refused");
            assertThat(count("customer_discount")).isZero();
            assertThat(count("vat_customer_rate")).isZero();

            browser.type("discountForm:percent", "12.5");
            clickAjax(browser, "discountForm:save");
            awaitMessage(browser, "The discount of " + orgId + " has been saved.");
            browser.type("vatForm:rate", "7.5");
            clickAjax(browser, "vatForm:save");
            awaitMessage(browser, "The VAT rate of " + orgId + " has been saved.");
            assertThat(count("customer_discount")).isEqualTo(1);
            assertThat(count("vat_customer_rate")).isEqualTo(1);

            browser.open("/customer/customer.xhtml?id=" + orgId);
            assertThat(browser.byId("discountForm:discountState").getText())
                    .isEqualTo("The customer has this discount.");
            assertThat(browser.input("discountForm:percent").getAttribute("value"))
                    .isEqualTo("12.50");
            assertThat(browser.input("vatForm:rate").getAttribute("value")).isEqualTo("7.50");
            assertThat(browser.byId("vatForm:vatState").getText()).contains("7.5 %");
            browser.screenshot("customer-13-settings");

            browser.click("discountForm:remove");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='confirmForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.click("confirmForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The discount of " + orgId + " has been removed.");
            assertThat(count("customer_discount")).isZero();
            PortalSteps.openMenu(browser, "Customer", "Manage VAT");
            assertThat(texts(browser, ".vat-customer")).containsExactly(orgId);
            assertThat(texts(browser, ".vat-customer-rate")).containsExactly("7.50");
            select(browser, "countryForm:country", "AT");
            browser.type("countryForm:countryRate", "10");
            clickAjax(browser, "countryForm:add");
            awaitMessage(browser, "The country's VAT rate has been saved.");
            assertThat(texts(browser, ".vat-country")).containsExactly("AT");
            assertThat(texts(browser, ".vat-country-rate")).containsExactly("10.00");
            browser.click("customerForm:customers:0:remove");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='confirmForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.screenshot("customer-15-vat-remove");
            browser.click("confirmForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The customer's VAT rate has been removed.");
            assertThat(count("vat_customer_rate")).isZero();

            PortalSteps.openMenu(browser, "Customer", "Manage payment types");
            assertThat(browser.currentPath()).isEqualTo("/customer/payment-types.xhtml");
            check(browser, "defaultsForm:defaults", "INVOICE");
            clickAjax(browser, "defaultsForm:save");
            awaitMessage(browser, "The payment types for new customers have been saved.");
            assertThat(defaultPaymentTypes()).isEqualTo("INVOICE");
        });
        inBrowser("ja", browser -> {
            loginToHome(browser, shop.serviceManager.userId(), shop.serviceManager.password());
            browser.open("/customer/customers.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("顧客の管理");
            browser.open("/customer/vat.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("付加価値税の管理");
            browser.screenshot("customer-14-vat-ja");
        });
    }

    private static String defaultPaymentTypes() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select payment_types from customer_payment_default where supplier_key = ?")) {
                s.setLong(1, shop.supplier.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Rows of a table between the supplier and the customer. */
    private static int count(String table) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from " + table + " where supplier_key = ? and customer_key = ?")) {
                s.setLong(1, shop.supplier.orgKey());
                s.setLong(2, customer.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }
}
