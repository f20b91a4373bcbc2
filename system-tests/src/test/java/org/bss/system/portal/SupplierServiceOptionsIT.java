package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.check;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service &gt; Up/downgrade options, Copy service and the texts of a service (App. G.3) in headless Chromium: a
 * technology and service manager registers a technical service by hand, defines two services on it, makes the second
 * an option of the first (refused while the first is active, with the service's message), edits the German texts and
 * copies the service, which opens the copy. The license of the technical service then stays as it is.
 */
class SupplierServiceOptionsIT {

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
    void anOptionIsSetTextsEditedAndTheServiceCopied() {
        inBrowser("en", browser -> {
            loginToHome(browser, manager.userId(), manager.password());
            browser.open("/technical/services.xhtml");
            browser.type("registerForm:tsId", "Options 1.0");
            clickAjax(browser, "registerForm:register");
            awaitMessage(browser, "The technical service Options 1.0 has been registered.");

            browser.open("/supplier/services.xhtml");
            define(browser, "opt-basic", "Basic");
            define(browser, "opt-pro", "Pro");
            int basic = texts(browser, ".service-id").indexOf("opt-basic");
            browser.clickAndWaitForPage("servicesForm:services:" + basic + ":open");
            assertThat(browser.currentPath()).isEqualTo("/supplier/service.xhtml");

            check(browser, "upgradeForm:options", String.valueOf(serviceKey("opt-pro")));
            clickAjax(browser, "upgradeForm:save");
            awaitMessage(browser, "The up/downgrade options have been saved.");
            assertThat(options("opt-basic")).isEqualTo(1);
            browser.screenshot("supplier-20-upgrade-option");

            setStatus("opt-basic", "ACTIVE");
            clickAjax(browser, "upgradeForm:save");
            awaitMessage(browser, "only an inactive service can be changed");
            setStatus("opt-basic", "INACTIVE");
            assertThat(options("opt-basic")).isEqualTo(1);

            TechnicalServicesIT.chooseInMenu(browser, "textsForm:language", "Deutsch");
            assertThat(browser.byId("textsForm:name").getAttribute("value")).isEmpty();
            browser.type("textsForm:name", "Basis");
            browser.type("textsForm:shortDescription", "Der kleine Laden");
            clickAjax(browser, "textsForm:save");
            awaitMessage(browser, "The texts of opt-basic in Deutsch have been saved.");
            assertThat(name("opt-basic", "de")).isEqualTo("Basis");
            assertThat(name("opt-basic", "en")).isEqualTo("Basic");

            browser.type("copyForm:newServiceId", "opt-basic");
            browser.clickAndWaitForPage("copyForm:copy");
            assertThat(browser.globalMessages()).anyMatch(m -> m.contains("opt-basic"));
            assertThat(services()).isEqualTo(2);

            browser.type("copyForm:newServiceId", "opt-copy");
            browser.clickAndWaitForPage("copyForm:copy");
            awaitMessage(browser, "The copy opt-copy has been created (inactive).");
            assertThat(browser.currentPath()).isEqualTo("/supplier/service.xhtml");
            assertThat(browser.driver.getCurrentUrl()).endsWith("key=" + serviceKey("opt-copy"));
            assertThat(name("opt-copy", "de")).isEqualTo("Basis");
            browser.screenshot("supplier-21-copied");

            browser.open("/technical/services.xhtml");
            browser.clickAndWaitForPage("servicesForm:services:0:texts");
            OperatorSteps.typeText(browser, "textsForm:license", "A new license");
            clickAjax(browser, "textsForm:save");
            awaitMessage(
                    browser,
                    "The license of the technical service Options 1.0 cannot be changed: services are defined on it.");
            browser.screenshot("supplier-22-license-in-use");
        });
    }

    private static void define(PortalBrowser browser, String id, String name) {
        browser.type("defineForm:serviceId", id);
        browser.type("defineForm:name", name);
        clickAjax(browser, "defineForm:define");
        awaitMessage(browser, "The service " + id + " has been defined.");
    }

    private static long serviceKey(String id) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select service_key from service where org_key = ? and service_id = ?")) {
                s.setLong(1, org.orgKey());
                s.setString(2, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : -1L;
                }
            }
        });
    }

    private static long services() {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from service where org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static long options(String id) {
        long key = serviceKey(id);
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from upgrade_path where service_key = ?")) {
                s.setLong(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static String name(String id, String locale) {
        long key = serviceKey(id);
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select name from service_text where service_key = ? and locale = ?")) {
                s.setLong(1, key);
                s.setString(2, locale);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "";
                }
            }
        });
    }

    /** Puts the service in a state the page cannot reach without a marketplace (activation is PublishingService's). */
    private static void setStatus(String id, String status) {
        long key = serviceKey(id);
        TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("update service set status = ? where service_key = ?")) {
                s.setString(1, status);
                s.setLong(2, key);
                return s.executeUpdate();
            }
        });
    }
}
