package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.select;
import static org.bss.system.portal.OperatorSteps.texts;
import static org.bss.system.portal.OperatorSteps.typeText;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Technical service &gt; Manage technical services (App. G.7) and Manage suppliers (G.1) in headless Chromium: a
 * technology manager imports a file with a problem (each problem with line and column, nothing imported), then a good
 * one; validates the communication with a provisioning URL that does not answer; allows a supplier and withdraws it;
 * deletes the technical service after a confirmation. Registers one by hand (refused with each broken rule of the
 * format for a bad id, and for a taken id) and edits its description in another language. The page title in Japanese.
 */
class TechnicalServicesIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization provider;
    private static TestOrganization supplier;
    private static TestUser manager;

    @BeforeAll
    static void fixtures() {
        provider = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        supplier = TestOrganizations.create("SUPPLIER");
        manager = TestOrganizations.addUser(provider, "techmgr", "TECHNOLOGY_MANAGER");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(provider, supplier);
    }

    @Test
    void aTechnologyManagerImportsValidatesAllowsASupplierAndDeletes() {
        inBrowser("en", browser -> {
            loginToHome(browser, manager.userId(), manager.password());
            assertThat(browser.driver.findElements(By.id("tileTechnicalServices")))
                    .hasSize(1);
            PortalSteps.openMenu(browser, "Technical service", "Manage technical services");
            assertThat(browser.currentPath()).isEqualTo("/technical/services.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("Manage technical services");

            upload(browser, file("broken", "<tns:TechnicalService accessType=\"USER\"/>"));
            assertThat(texts(browser, ".import-problem")).isNotEmpty().allMatch(p -> p.startsWith("line "));
            assertThat(technicalServices()).isZero();
            browser.screenshot("technical-10-import-refused");

            upload(
                    browser,
                    file(
                            "portal",
                            "<tns:TechnicalService id=\"Portal 1.0\" accessType=\"DIRECT\""
                                    + " provisioningUrl=\"http://127.0.0.1:9/provisioning\">"
                                    + "<LocalizedDescription locale=\"en\">Portal</LocalizedDescription></tns:TechnicalService>"));
            awaitMessage(browser, "New technical services: Portal 1.0.");
            assertThat(texts(browser, ".ts-id")).containsExactly("Portal 1.0");
            assertThat(technicalServices()).isEqualTo(1);
            browser.screenshot("technical-11-imported");

            clickAjax(browser, "servicesForm:services:0:validate");
            awaitMessage(
                    browser, "The provisioning URL of Portal 1.0 does not answer (http://127.0.0.1:9/provisioning)");

            browser.clickAndWaitForPage("servicesForm:services:0:suppliers");
            assertThat(browser.currentPath()).isEqualTo("/technical/suppliers.xhtml");
            browser.type("suppliersForm:supplierId", supplier.orgId());
            clickAjax(browser, "suppliersForm:add");
            awaitMessage(browser, "The supplier " + supplier.orgId() + " may now define services on Portal 1.0.");
            assertThat(texts(browser, ".supplier-id")).containsExactly(supplier.orgId());
            assertThat(allowedSuppliers()).isEqualTo(1);
            browser.screenshot("technical-12-supplier-allowed");

            browser.click("suppliersForm:suppliers:0:remove");
            confirm(browser, "suppliersForm");
            awaitMessage(browser, "The supplier " + supplier.orgId() + " may no longer define services on Portal 1.0.");
            assertThat(allowedSuppliers()).isZero();

            browser.clickAndWaitForPage("suppliersForm:back");
            browser.click("servicesForm:services:0:delete");
            confirm(browser, "servicesForm");
            awaitMessage(browser, "The technical service Portal 1.0 has been deleted.");
            assertThat(technicalServices()).isZero();
        });
    }

    @Test
    void aTechnologyManagerRegistersATechnicalServiceByHandAndEditsItsDescription() {
        inBrowser("en", browser -> {
            loginToHome(browser, manager.userId(), manager.password());
            browser.open("/technical/services.xhtml");
            browser.type("registerForm:tsId", "Hand/1.0");
            clickAjax(browser, "registerForm:register");
            assertThat(texts(browser, ".register-problem")).isNotEmpty();
            assertThat(definition("Hand/1.0")).isEmpty();
            browser.screenshot("technical-14-register-refused");

            browser.type("registerForm:tsId", "Hand 1.0");
            select(browser, "registerForm:accessType", "USER");
            browser.type("registerForm:baseUrl", "http://127.0.0.1:9/hand");
            browser.type("registerForm:provisioningUrl", "http://127.0.0.1:9/hand/provisioning");
            typeText(browser, "registerForm:description", "Entered by hand");
            typeText(browser, "registerForm:license", "Hand license");
            clickAjax(browser, "registerForm:register");
            awaitMessage(browser, "The technical service Hand 1.0 has been registered.");
            assertThat(texts(browser, ".ts-id")).contains("Hand 1.0");
            assertThat(definition("Hand 1.0")).contains("Entered by hand").contains("Hand license");
            assertThat(accessType("Hand 1.0")).isEqualTo("USER");
            browser.screenshot("technical-15-registered");

            browser.type("registerForm:tsId", "Hand 1.0");
            clickAjax(browser, "registerForm:register");
            awaitMessage(browser, "Your organization already has a technical service with the id Hand 1.0.");

            int row = texts(browser, ".ts-id").indexOf("Hand 1.0");
            browser.clickAndWaitForPage("servicesForm:services:" + row + ":texts");
            assertThat(browser.currentPath()).isEqualTo("/technical/description.xhtml");
            assertThat(browser.byId("textsForm:description").getAttribute("value"))
                    .isEqualTo("Entered by hand");
            chooseInMenu(browser, "textsForm:language", "Deutsch");
            // the language's texts arrive with the Ajax update of the form: no German description yet
            browser.waitFor(d -> {
                try {
                    return browser.byId("textsForm:description")
                            .getAttribute("value")
                            .isEmpty();
                } catch (StaleElementReferenceException e) {
                    return false; // the form is being replaced
                }
            });
            typeText(browser, "textsForm:description", "Von Hand erfasst");
            typeText(browser, "textsForm:accessInfo", "Anmeldung mit der Mailadresse");
            browser.type("textsForm:tags", "hand, test");
            clickAjax(browser, "textsForm:save");
            awaitMessage(browser, "The texts of Hand 1.0 in Deutsch have been saved.");
            assertThat(definition("Hand 1.0"))
                    .contains("Von Hand erfasst")
                    .contains("Anmeldung mit der Mailadresse")
                    .contains("Entered by hand");
            browser.screenshot("technical-16-description-edited");

            browser.clickAndWaitForPage("textsForm:back");
            browser.click("servicesForm:services:" + row + ":delete");
            confirm(browser, "servicesForm");
            awaitMessage(browser, "The technical service Hand 1.0 has been deleted.");
            assertThat(definition("Hand 1.0")).isEmpty();
        });
    }

    @Test
    void thePageSpeaksJapanese() {
        inBrowser("ja", browser -> {
            loginToHome(browser, manager.userId(), manager.password());
            browser.open("/technical/services.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("技術サービスの管理");
            browser.screenshot("technical-13-ja");
        });
    }

    private static void upload(PortalBrowser browser, Path file) {
        browser.driver
                .findElement(By.cssSelector("[id='importForm'] input[type=file]"))
                .sendKeys(file.toString());
        browser.clickAndWaitForPage("importForm:import");
    }

    /** Opens a p:selectOneMenu and clicks the item with {@code label}, as a user does (fires its Ajax change). */
    static void chooseInMenu(PortalBrowser browser, String menuId, String label) {
        // a click on an item of the opening panel is sometimes lost while the panel still moves: try again until the
        // menu shows the choice (its change behaviour then runs as for a user's click)
        for (int attempt = 1; attempt <= 3; attempt++) {
            browser.byId(menuId).click();
            browser.waitFor(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']")))
                    .click();
            browser.waitForAjax();
            if (label.equals(browser.byId(menuId + "_label").getText())) {
                return;
            }
        }
        assertThat(browser.byId(menuId + "_label").getText())
                .as("chosen in " + menuId)
                .isEqualTo(label);
    }

    private static void confirm(PortalBrowser browser, String form) {
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + form + ":confirmDialog'] .ui-confirm-dialog-message")));
        browser.click(form + ":confirmYes");
        browser.waitForAjax();
    }

    private static Path file(String name, String services) {
        try {
            Path file = Files.createTempFile("bss-ts-" + name, ".xml");
            Files.writeString(
                    file,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                            + services + "</tns:TechnicalServices>",
                    StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String definition(String id) {
        return column("definition", id);
    }

    private static String accessType(String id) {
        return column("access_type", id);
    }

    private static String column(String column, String id) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select " + column + " from technical_service where org_key = ? and ts_id = ?")) {
                s.setLong(1, provider.orgKey());
                s.setString(2, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "";
                }
            }
        });
    }

    private static long technicalServices() {
        return count("select count(*) from technical_service where org_key = ?", provider.orgKey());
    }

    private static long allowedSuppliers() {
        return count("select count(*) from technical_service_supplier where org_key = ?", supplier.orgKey());
    }

    private static long count(String sql, long key) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}
