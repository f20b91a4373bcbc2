package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.loginToHome;
import static org.bss.system.portal.LdapSteps.field;
import static org.bss.system.portal.LdapSteps.fieldMessage;
import static org.bss.system.portal.LdapSteps.menuItem;
import static org.bss.system.portal.LdapSteps.present;
import static org.bss.system.portal.LdapSteps.type;

import java.util.Map;
import org.bss.system.ldap.TestDirectory;
import org.bss.system.portal.LdapSteps.TestShown;
import org.bss.system.portal.support.LdapOrganizationFixture;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Account &gt; LDAP settings (App. G.1, guide 3.5) in headless Chromium, against a real directory in the test JVM
 * ({@link LdapOrganizationFixture}): the administrator of an LDAP-managed organization, logged in with the directory
 * password, finds the page in menu and tiles, sees the stored keys without the credentials, tests the connection
 * (ok, a dead port, wrong credentials) without saving, gets a service message at the field of a bad value and saves
 * a change after the confirmation; the operator opens the organization's page from Manage users; a subscription
 * manager and the administrator of an organization without LDAP get the 403 page; German and Japanese labels.
 * Every step is checked in the database. Screenshots: target/screenshots/ldap-settings-*.png.
 */
class AccountLdapSettingsIT {

    private static final String PAGE = "/account/ldap-settings.xhtml";

    private static LdapOrganizationFixture ldap;
    private static TestOrganization plainOrg;
    private static TestUser operator;

    @BeforeAll
    static void fixtures() throws Exception {
        ldap = LdapOrganizationFixture.create();
        plainOrg = TestOrganizations.create();
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        try {
            TestOrganizations.delete(plainOrg);
            TestUsers.delete(operator);
        } finally {
            if (ldap != null) {
                ldap.close();
            }
        }
    }

    @Test
    void ldapAdministratorTestsAndSavesTheSettings() throws Exception {
        Map<String, String> before = ldap.storedSettings();
        String url = "ldap://127.0.0.1:" + ldap.directory().port();
        String dead = "ldap://127.0.0.1:" + TestDirectory.deadPort();
        inBrowser("en", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            assertThat(menuItem(admin, "LDAP settings")).isTrue();
            assertThat(menuItem(admin, "Import LDAP users")).isTrue();
            assertThat(menuItem(admin, "Import users"))
                    .as("the CSV import is not for LDAP")
                    .isFalse();
            assertThat(present(admin, "tileLdapSettings")).isTrue();
            assertThat(present(admin, "tileLdapImport")).isTrue();
            assertThat(present(admin, "tileManageLdap")).as("operator tile").isFalse();
            admin.screenshot("ldap-settings-01-home");

            LdapSteps.openMenu(admin, "Account", "LDAP settings");
            assertThat(admin.currentPath()).isEqualTo(PAGE);
            assertThat(admin.pageTitle()).isEqualTo("LDAP settings");
            assertThat(admin.byId("organizationId").getText()).isEqualTo(ldap.orgId());
            assertThat(field(admin, "LDAP_URL")).isEqualTo(url);
            assertThat(field(admin, "LDAP_BASE_DN")).isEqualTo(TestDirectory.PEOPLE);
            assertThat(field(admin, "LDAP_PRINCIPAL")).isEqualTo(TestDirectory.MANAGER);
            assertThat(field(admin, "LDAP_ATTR_EMAIL")).isEqualTo("mail");
            assertThat(field(admin, "LDAP_ATTR_ADDITIONAL_NAME")).isEmpty();
            // the credentials are never sent to the browser
            assertThat(field(admin, "LDAP_CREDENTIALS")).isEmpty();
            assertThat(admin.byId("settingsForm:credentialsState").getText()).startsWith("A password is stored");
            assertThat(admin.driver.getPageSource()).doesNotContain(TestDirectory.MANAGER_PASSWORD);
            admin.screenshot("ldap-settings-02-page");

            // the connection test of the values in the form: as stored, a dead port, wrong credentials
            TestShown ok = LdapSteps.testConnection(admin);
            assertThat(ok.ok()).as(ok.message()).isTrue();
            assertThat(ok.outcome()).isEqualTo("Connection test passed.");
            assertThat(ok.message())
                    .isEqualTo(
                            "The LDAP server " + url + " answers and the base DN " + TestDirectory.PEOPLE + " exists.");
            type(admin, "LDAP_URL", dead);
            TestShown unreachable = LdapSteps.testConnection(admin);
            assertThat(unreachable.ok()).isFalse();
            assertThat(unreachable.outcome()).isEqualTo("Connection test failed.");
            assertThat(unreachable.message()).startsWith("The LDAP server " + dead + " cannot be reached");
            admin.screenshot("ldap-settings-03-test-dead-port");
            type(admin, "LDAP_URL", url);
            type(admin, "LDAP_CREDENTIALS", "not-the-manager-password");
            TestShown refused = LdapSteps.testConnection(admin);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).contains("refused the principal " + TestDirectory.MANAGER);
            assertThat(ldap.storedSettings()).as("a test saves nothing").isEqualTo(before);

            // nothing changed (the typed password was not sent again): no question
            admin.open(PAGE);
            LdapSteps.saveUnchanged(admin, "Nothing was changed.");

            // a bad value: the service's message at its field, nothing saved
            type(admin, "LDAP_URL", "http://127.0.0.1:389");
            String question = LdapSteps.saveWithConfirmation(admin, true, "ldap-settings-04-confirm");
            assertThat(question).contains(ldap.orgId(), "LDAP_URL").doesNotContain("LDAP_CREDENTIALS");
            assertThat(fieldMessage(admin, "LDAP_URL"))
                    .startsWith("LDAP_URL accepts a URL of the form ldap://host:port");
            assertThat(admin.globalMessages()).contains("Nothing was saved. Correct the marked field.");
            assertThat(ldap.storedSettings()).isEqualTo(before);
            admin.screenshot("ldap-settings-05-bad-url");

            // cancelled: nothing saved
            type(admin, "LDAP_URL", url);
            type(admin, "LDAP_ATTR_ADDITIONAL_NAME", "cn");
            LdapSteps.saveWithConfirmation(admin, false, null);
            assertThat(ldap.storedSettings()).isEqualTo(before);

            // confirmed: saved; the stored credentials stay
            question = LdapSteps.saveWithConfirmation(admin, true, null);
            assertThat(question).contains("LDAP_ATTR_ADDITIONAL_NAME").doesNotContain("LDAP_URL");
            AccountSteps.awaitMessage(
                    admin, "The LDAP settings of the organization " + ldap.orgId() + " have been saved.");
            assertThat(field(admin, "LDAP_ATTR_ADDITIONAL_NAME")).isEqualTo("cn");
            assertThat(field(admin, "LDAP_CREDENTIALS")).isEmpty();
            Map<String, String> after = ldap.storedSettings();
            assertThat(after)
                    .containsEntry("LDAP_ATTR_ADDITIONAL_NAME", "cn")
                    .containsEntry("LDAP_CREDENTIALS", TestDirectory.MANAGER_PASSWORD)
                    .containsEntry("LDAP_URL", url);
            assertThat(LdapSteps.testConnection(admin).ok())
                    .as("still answers with the stored credentials")
                    .isTrue();
            admin.screenshot("ldap-settings-06-saved");
        });
        // the directory still signs the administrator in
        inBrowser(
                "en",
                again -> loginToHome(again, ldap.admin().userId(), ldap.admin().password()));
    }

    @Test
    void operatorOpensTheLdapPagesOfTheOrganizationFromManageUsers() {
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            assertThat(menuItem(browser, "LDAP settings"))
                    .as("the operator organization never uses LDAP")
                    .isFalse();
            browser.open("/account/users.xhtml?org=" + ldap.orgId());
            assertThat(present(browser, "usersForm:register")).isFalse();
            assertThat(present(browser, "usersForm:ldapImport")).isTrue();
            browser.clickAndWaitForPage("usersForm:ldapSettings");
            assertThat(browser.currentPath()).isEqualTo(PAGE);
            assertThat(browser.byId("organizationId").getText()).isEqualTo(ldap.orgId());
            assertThat(field(browser, "LDAP_URL"))
                    .isEqualTo("ldap://127.0.0.1:" + ldap.directory().port());
            assertThat(LdapSteps.testConnection(browser).ok()).isTrue();
            browser.screenshot("ldap-settings-07-operator");
            // own organization (the operator's): not LDAP-managed
            LdapSteps.expectForbidden(browser, PAGE, "Access denied");
        });
    }

    @Test
    void usersWithoutAccessGetTheForbiddenPage() {
        TestUser plainAdmin = plainOrg.admin();
        inBrowser("en", admin -> {
            loginToHome(admin, plainAdmin.userId(), plainAdmin.password());
            assertThat(menuItem(admin, "Import users")).isTrue();
            assertThat(menuItem(admin, "LDAP settings")).isFalse();
            assertThat(menuItem(admin, "Import LDAP users")).isFalse();
            assertThat(present(admin, "tileLdapSettings")).isFalse();
            assertThat(present(admin, "tileLdapImport")).isFalse();
            LdapSteps.expectForbidden(admin, PAGE, "Access denied");
            LdapSteps.expectForbidden(admin, "/account/ldap-import.xhtml", "Access denied");
            LdapSteps.expectForbidden(admin, "/account/ldap-settings.xhtml?org=" + ldap.orgId(), "Access denied");
            admin.screenshot("ldap-settings-08-forbidden");
        });
        inBrowser("en", manager -> {
            loginToHome(manager, ldap.manager().userId(), ldap.manager().password());
            assertThat(menuItem(manager, "LDAP settings")).isFalse();
            assertThat(menuItem(manager, "Import LDAP users")).isFalse();
            LdapSteps.expectForbidden(manager, PAGE, "Access denied");
            LdapSteps.expectForbidden(manager, "/account/ldap-import.xhtml", "Access denied");
            LdapSteps.expectForbidden(manager, "/operator/ldap.xhtml", "Access denied");
        });
    }

    @Test
    void labelsInGermanAndJapanese() {
        inBrowser("de", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            assertThat(menuItem(admin, "LDAP-Einstellungen")).isTrue();
            assertThat(menuItem(admin, "LDAP-Benutzer importieren")).isTrue();
            LdapSteps.openMenu(admin, "Konto", "LDAP-Einstellungen");
            assertThat(admin.pageTitle()).isEqualTo("LDAP-Einstellungen");
            assertThat(admin.byId("settingsForm:directorySection").getText()).contains("Verzeichnis", "LDAP_URL");
            assertThat(admin.byId("settingsForm:credentialsState").getText())
                    .startsWith("Ein Passwort ist gespeichert");
            TestShown ok = LdapSteps.testConnection(admin);
            assertThat(ok.outcome()).isEqualTo("Verbindungstest erfolgreich.");
            assertThat(ok.message()).startsWith("Der LDAP-Server");
            admin.screenshot("ldap-settings-09-de");
        });
        inBrowser("ja", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            assertThat(menuItem(admin, "LDAP設定")).isTrue();
            assertThat(menuItem(admin, "LDAPユーザーのインポート")).isTrue();
            admin.open(PAGE);
            assertThat(admin.pageTitle()).isEqualTo("LDAP設定");
            assertThat(admin.byId("settingsForm:test").getText()).isEqualTo("接続テスト");
            assertThat(admin.byId("settingsForm:attributesSection").getText()).contains("ユーザーエントリーの属性");
            assertThat(LdapSteps.testConnection(admin).outcome()).isEqualTo("接続テストに成功しました。");
            admin.screenshot("ldap-settings-10-ja");
        });
    }
}
