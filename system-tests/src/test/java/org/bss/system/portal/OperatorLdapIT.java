package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.LdapSteps.field;
import static org.bss.system.portal.LdapSteps.fieldMessage;
import static org.bss.system.portal.LdapSteps.type;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.bss.system.ldap.TestDirectory;
import org.bss.system.portal.LdapSteps.TestShown;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operation &gt; Manage LDAP (App. G.5, guide 3.5.1 / 3.5.2) in headless Chromium: the operator tests empty platform
 * defaults (the missing key named), saves defaults pointing at a real directory in the test JVM after a confirmation
 * that names the changed keys, sees the password never again, tests the saved defaults (ok), gets the service's
 * message at the field of a bad attribute name, removes the stored password; the page in Japanese. The platform
 * defaults are shared by every LDAP organization: the test empties them first and puts the stored rows back in
 * {@code @AfterAll}. Screenshots: target/screenshots/operator-ldap-*.png.
 */
class OperatorLdapIT {

    private static final String PAGE = "/operator/ldap.xhtml";

    private static TestUser operator;
    private static TestDirectory directory;
    private static Map<String, String> previousDefaults;

    @BeforeAll
    static void fixtures() throws Exception {
        operator = TestUsers.operator();
        directory = new TestDirectory();
        previousDefaults = platformDefaults();
        writePlatformDefaults(Map.of());
    }

    @AfterAll
    static void cleanUp() {
        try {
            if (previousDefaults != null) {
                writePlatformDefaults(previousDefaults);
            }
            TestUsers.delete(operator);
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }

    @Test
    void operatorSavesAndTestsThePlatformDefaults() {
        String url = "ldap://127.0.0.1:" + directory.port();
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            assertThat(LdapSteps.present(browser, "tileManageLdap")).isTrue();
            LdapSteps.openMenu(browser, "Operation", "Manage LDAP");
            assertThat(browser.currentPath()).isEqualTo(PAGE);
            assertThat(browser.pageTitle()).isEqualTo("Manage LDAP");
            assertThat(field(browser, "LDAP_URL")).isEmpty();
            // App. C's built-in defaults are shown where nothing is set
            assertThat(browser.input("settingsForm:LDAP_ATTR_UID").getAttribute("placeholder"))
                    .isEqualTo("uid");
            assertThat(browser.input("settingsForm:LDAP_CONTEXT_FACTORY").getAttribute("placeholder"))
                    .isEqualTo("com.sun.jndi.ldap.LdapCtxFactory");
            assertThat(browser.byId("settingsForm:credentialsState").getText()).isEqualTo("No password is stored.");

            TestShown incomplete = LdapSteps.testConnection(browser);
            assertThat(incomplete.ok()).isFalse();
            assertThat(incomplete.message())
                    .isEqualTo("LDAP_URL must be given, in the organization settings or as a platform default.");
            browser.screenshot("operator-ldap-01-empty");

            type(browser, "LDAP_URL", url);
            type(browser, "LDAP_BASE_DN", TestDirectory.PEOPLE);
            type(browser, "LDAP_PRINCIPAL", TestDirectory.MANAGER);
            type(browser, "LDAP_CREDENTIALS", TestDirectory.MANAGER_PASSWORD);
            type(browser, "LDAP_ATTR_EMAIL", "mail");
            String question = LdapSteps.saveWithConfirmation(browser, true, "operator-ldap-02-confirm");
            assertThat(question)
                    .startsWith("Save the changed keys LDAP_URL, LDAP_BASE_DN, LDAP_PRINCIPAL, LDAP_CREDENTIALS,"
                            + " LDAP_ATTR_EMAIL?");
            AccountSteps.awaitMessage(browser, "The LDAP platform defaults have been saved.");
            assertThat(platformDefaults())
                    .isEqualTo(Map.of(
                            "LDAP_URL",
                            url,
                            "LDAP_BASE_DN",
                            TestDirectory.PEOPLE,
                            "LDAP_PRINCIPAL",
                            TestDirectory.MANAGER,
                            "LDAP_CREDENTIALS",
                            TestDirectory.MANAGER_PASSWORD,
                            "LDAP_ATTR_EMAIL",
                            "mail"));
            assertThat(field(browser, "LDAP_CREDENTIALS")).isEmpty();
            assertThat(browser.byId("settingsForm:credentialsState").getText()).startsWith("A password is stored");

            // the saved defaults alone (built-in defaults added) reach the directory
            TestShown ok = LdapSteps.testConnection(browser);
            assertThat(ok.ok()).as(ok.message()).isTrue();
            assertThat(ok.message())
                    .isEqualTo(
                            "The LDAP server " + url + " answers and the base DN " + TestDirectory.PEOPLE + " exists.");
            browser.screenshot("operator-ldap-03-saved-tested");

            // read again: the password is never sent to the browser
            browser.open(PAGE);
            assertThat(field(browser, "LDAP_URL")).isEqualTo(url);
            assertThat(field(browser, "LDAP_CREDENTIALS")).isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain(TestDirectory.MANAGER_PASSWORD);

            // an attribute name that would change a search filter: the service's message at its field
            type(browser, "LDAP_ATTR_FIRST_NAME", "given name");
            LdapSteps.saveWithConfirmation(browser, true, null);
            assertThat(fieldMessage(browser, "LDAP_ATTR_FIRST_NAME"))
                    .isEqualTo(
                            "LDAP_ATTR_FIRST_NAME accepts an LDAP attribute name such as uid, mail or givenName, not \"given name\".");
            assertThat(platformDefaults())
                    .doesNotContainKey("LDAP_ATTR_FIRST_NAME")
                    .hasSize(5);
            browser.screenshot("operator-ldap-04-bad-attribute");

            // unsaved edits: the test says it used the saved defaults
            assertThat(LdapSteps.testConnection(browser).ok()).isTrue();
            assertThat(browser.globalMessages())
                    .contains("The form has unsaved changes: the test used the saved defaults.");

            // removing the stored password is a choice of its own
            browser.open(PAGE);
            browser.click("settingsForm:clearCredentials");
            question = LdapSteps.saveWithConfirmation(browser, true, null);
            assertThat(question).startsWith("Save the changed keys LDAP_CREDENTIALS?");
            AccountSteps.awaitMessage(browser, "The LDAP platform defaults have been saved.");
            assertThat(platformDefaults())
                    .doesNotContainKey("LDAP_CREDENTIALS")
                    .containsEntry("LDAP_PRINCIPAL", TestDirectory.MANAGER);
            assertThat(browser.byId("settingsForm:credentialsState").getText()).isEqualTo("No password is stored.");
            // the principal without a password: this directory refuses such a bind, the test names the server's reason
            TestShown refused = LdapSteps.testConnection(browser);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).startsWith("The LDAP server " + url).contains("empty password");
        });
    }

    @Test
    void thePageInJapanese() {
        inBrowser("ja", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            LdapSteps.openMenu(browser, "操作", "LDAPの管理");
            assertThat(browser.pageTitle()).isEqualTo("LDAPの管理");
            assertThat(browser.byId("settingsForm:test").getText()).isEqualTo("保存済みのデフォルトをテスト");
            assertThat(browser.byId("settingsForm:directorySection").getText()).contains("ディレクトリ", "LDAP_BASE_DN");
            browser.screenshot("operator-ldap-05-ja");
        });
    }

    private static Map<String, String> platformDefaults() {
        return TestDatabase.with(c -> {
            Map<String, String> stored = new TreeMap<>();
            try (PreparedStatement s =
                            c.prepareStatement("select setting_key, setting_value from ldap_platform_setting");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), r.getString(2));
                }
            }
            return stored;
        });
    }

    private static void writePlatformDefaults(Map<String, String> values) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("delete from ldap_platform_setting")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into ldap_platform_setting (setting_key, setting_value) values (?, ?)")) {
                for (Map.Entry<String, String> value : values.entrySet()) {
                    s.setString(1, value.getKey());
                    s.setString(2, value.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
