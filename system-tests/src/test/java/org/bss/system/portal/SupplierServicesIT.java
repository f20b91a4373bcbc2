package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.select;
import static org.bss.system.portal.OperatorSteps.texts;

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
 * Service &gt; Manage services (App. G.3) and the service price model (G.6) in headless Chromium: a user who is
 * technology manager and service manager of an organization that is both technology provider and supplier imports a
 * technical service, defines a service on it, prices it; activating it before it is on a marketplace is refused with
 * the service's message; the service is deleted after a confirmation.
 */
class SupplierServicesIT {

    private static TestOrganization org;
    private static TestUser manager;

    @BeforeAll
    static void fixtures() {
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        manager = TestOrganizations.addUser(org, "mgr", "TECHNOLOGY_MANAGER", "SERVICE_MANAGER");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @Test
    void aServiceIsDefinedPricedRefusedActivationAndDeleted() throws Exception {
        Path file = Files.createTempFile("bss-ts-supplier", ".xml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices"
                        + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"Shop 1.0\" accessType=\"DIRECT\">"
                        + "<LocalizedDescription locale=\"en\">Shop</LocalizedDescription></tns:TechnicalService>"
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
            awaitMessage(browser, "New technical services: Shop 1.0.");

            PortalSteps.openMenu(browser, "Service", "Manage services");
            assertThat(browser.currentPath()).isEqualTo("/supplier/services.xhtml");
            browser.type("defineForm:serviceId", "shop-basic");
            browser.type("defineForm:name", "Shop basic");
            clickAjax(browser, "defineForm:define");
            awaitMessage(browser, "The service shop-basic has been defined.");
            assertThat(texts(browser, ".service-id")).containsExactly("shop-basic");
            assertThat(texts(browser, ".service-status")).containsExactly("Inactive");
            browser.screenshot("supplier-10-defined");

            browser.clickAndWaitForPage("servicesForm:services:0:open");
            assertThat(browser.currentPath()).isEqualTo("/supplier/service.xhtml");
            select(browser, "priceForm:type", "PRO_RATA");
            select(browser, "priceForm:currency", "EUR");
            browser.type("priceForm:pricePerPeriod", "10");
            clickAjax(browser, "priceForm:save");
            awaitMessage(browser, "The price model of shop-basic has been saved.");
            assertThat(priceModelType()).contains("PRO_RATA");
            browser.screenshot("supplier-11-priced");

            clickAjax(browser, "publishForm:activate");
            awaitMessage(browser, "shop-basic");
            assertThat(browser.globalMessages()).noneMatch(m -> m.contains("is on sale now"));

            browser.clickAndWaitForPage("publishForm:back");
            browser.click("servicesForm:services:0:delete");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='servicesForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.click("servicesForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The service shop-basic has been deleted.");
            assertThat(priceModelType()).isEmpty();
        });
    }

    private static String priceModelType() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select p.terms from price_model p join service s"
                    + " on s.service_key = p.service_key where s.org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "";
                }
            }
        });
    }
}
