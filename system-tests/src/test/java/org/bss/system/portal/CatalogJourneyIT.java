package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.select;
import static org.bss.system.portal.OperatorSteps.texts;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.rest.Shop;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 13's journey in one headless Chromium run, every step through the portal's pages: the technology manager of a
 * supplier imports a technical service; its service manager defines a service on it, prices it, publishes it on the
 * supplier's marketplace and puts it on sale; a visitor registers his organization as a customer on that marketplace,
 * logs in with the mailed initial password, chooses his own, and finds the service by a word of its name, with the
 * price he will be charged. Only the marketplace itself is made over REST (the operator's G.4 page is not part of the
 * journey). Screenshots {@code journey-*} are kept as CI artifacts.
 */
class CatalogJourneyIT {

    private static Shop shop;
    private static TestOrganization customer;
    private static String word;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        shop = Shop.open();
        word = "journey" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void cleanUp() {
        try {
            if (customer != null) {
                TestOrganizations.delete(customer);
            }
        } finally {
            shop.close();
        }
    }

    @Test
    void aServiceGoesFromItsTechnicalServiceToASelfRegisteredCustomersSearch() throws IOException {
        Path file = technicalServicesFile();
        inBrowser("en", browser -> {
            loginToHome(browser, shop.techManager.userId(), shop.techManager.password());
            browser.open("/technical/services.xhtml");
            browser.driver
                    .findElement(By.cssSelector("[id='importForm'] input[type=file]"))
                    .sendKeys(file.toString());
            browser.clickAndWaitForPage("importForm:import");
            awaitMessage(browser, "New technical services: TS " + word + ".");
            browser.screenshot("journey-10-imported");
        });
        inBrowser("en", browser -> {
            loginToHome(browser, shop.serviceManager.userId(), shop.serviceManager.password());
            PortalSteps.openMenu(browser, "Service", "Manage services");
            browser.type("defineForm:serviceId", word);
            browser.type("defineForm:name", word + " Office");
            clickAjax(browser, "defineForm:define");
            awaitMessage(browser, "The service " + word + " has been defined.");
            browser.screenshot("journey-11-defined");

            browser.clickAndWaitForPage("servicesForm:services:0:open");
            select(browser, "priceForm:type", "PRO_RATA");
            select(browser, "priceForm:currency", "EUR");
            select(browser, "priceForm:period", "MONTH");
            browser.type("priceForm:pricePerPeriod", "12.50");
            clickAjax(browser, "priceForm:save");
            awaitMessage(browser, "The price model of " + word + " has been saved.");

            browser.type("publishForm:marketplaceId", shop.marketplaceId);
            clickAjax(browser, "publishForm:publish");
            awaitMessage(browser, "The service " + word + " is published on the marketplace " + shop.marketplaceId);
            clickAjax(browser, "publishForm:activate");
            awaitMessage(browser, "The service " + word + " is on sale now.");
            assertThat(browser.byId("publicationStatus").getText()).isEqualTo("Active");
            browser.screenshot("journey-12-on-sale");
        });
        inBrowser("en", browser -> {
            String userId = "st-journey-" + UUID.randomUUID().toString().substring(0, 8);
            String password = registerAsCustomer(browser, userId);
            PortalSteps.login(browser, userId, password);
            PortalSteps.changePassword(browser, password, PortalSteps.NEW_PASSWORD);

            String marketplace = "/marketplace/index.xhtml?mId=" + shop.marketplaceId + "&q=" + word;
            long end = System.nanoTime() + 10_000_000_000L;
            do { // the index follows a commit within a second
                browser.open(marketplace);
            } while (!texts(browser, ".market-service-name").contains(word + " Office") && System.nanoTime() < end);
            assertThat(texts(browser, ".market-service-name")).containsExactly(word + " Office");
            assertThat(browser.driver.findElements(By.id("login")))
                    .as("logged in")
                    .isEmpty();
            browser.screenshot("journey-13-found");

            browser.driver.findElement(By.linkText(word + " Office")).click();
            browser.waitFor(d -> browser.currentPath().equals("/marketplace/service.xhtml"));
            assertThat(texts(browser, ".market-price-line"))
                    .containsExactly("12.50 EUR per month", "Charged for the time used (pro rata).");
            assertThat(browser.byId("noReviews").getText()).isEqualTo("No reviews yet.");
            browser.screenshot("journey-14-service");
        });
    }

    /** Registers a new customer on the marketplace's page; the initial password from the mail. */
    private static String registerAsCustomer(PortalBrowser browser, String userId) {
        String suffix = userId.substring("st-journey-".length());
        String email = TestMailServer.address("journey-" + suffix);
        browser.open("/marketplace/index.xhtml?mId=" + shop.marketplaceId);
        browser.clickAndWaitForPage("register");
        browser.type("registerForm:organizationName", "Journey customer " + suffix);
        browser.type("registerForm:organizationEmail", email);
        browser.type("registerForm:domicile", "JP");
        browser.type("registerForm:userId", userId);
        browser.type("registerForm:email", email);
        browser.type("registerForm:firstName", "Kei");
        browser.type("registerForm:lastName", "Customer");
        browser.click("registerForm:register");
        String message = awaitMessage(browser, "is registered").get(0);
        customer = TestOrganizations.existing(
                message.substring("Your organization ".length(), message.indexOf(" is registered")));
        MimeMessage mail = TestMailServer.awaitMail(email, AccountSteps.MAIL_WAIT);
        Matcher password = Pattern.compile("Initial password: (\\S+)").matcher(TestMailServer.body(mail));
        assertThat(password.find()).as(TestMailServer.body(mail)).isTrue();
        return password.group(1);
    }

    private static Path technicalServicesFile() throws IOException {
        Path file = Files.createTempFile("bss-journey", ".xml");
        file.toFile().deleteOnExit();
        return Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices"
                        + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"TS " + word + "\" accessType=\"DIRECT\">"
                        + "<LocalizedDescription locale=\"en\">Office</LocalizedDescription>"
                        + "</tns:TechnicalService></tns:TechnicalServices>",
                StandardCharsets.UTF_8);
    }
}
