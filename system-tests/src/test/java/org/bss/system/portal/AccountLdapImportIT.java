package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.loginToHome;
import static org.bss.system.portal.LdapSteps.present;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.portal.support.LdapOrganizationFixture;
import org.bss.system.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Account &gt; Import LDAP users (App. G.1 "Import users" of an LDAP-managed organization, USR-6) in headless
 * Chromium against a real directory in the test JVM ({@link LdapOrganizationFixture}): the administrator searches
 * by pattern (Japanese names shown), sees the LDAP_SEARCH_LIMIT notice when more entries match, picks entries, gives
 * a role and imports them; the result names the users created and the one rejected with the service's reason; the
 * imported user then logs in with the directory password. Nothing picked, and the page in Japanese. Checked in the
 * database. Screenshots: target/screenshots/ldap-import-*.png.
 */
class AccountLdapImportIT {

    private static final String TARO_PASSWORD = "taro-portal-ldap-pw";

    private static LdapOrganizationFixture ldap;
    private static String taro;
    private static String hanako;
    private static String jiro;

    @BeforeAll
    static void fixtures() throws Exception {
        ldap = LdapOrganizationFixture.create();
        taro = ldap.person("taro", "太郎", "山田", "taro@example.jp", "ja", TARO_PASSWORD);
        hanako = ldap.person("hanako", "花子", "佐藤", "hanako@example.jp", "ja", "hanako-portal-ldap-pw");
        jiro = ldap.person("jiro", "Jiro", "Suzuki", "jiro@example.jp", "en", "jiro-portal-ldap-pw");
    }

    @AfterAll
    static void cleanUp() {
        if (ldap != null) {
            ldap.close();
        }
    }

    @Test
    void administratorSearchesPicksAndImportsAUserWhoThenLogsIn() {
        inBrowser("en", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            LdapSteps.openMenu(admin, "Account", "Import LDAP users");
            assertThat(admin.currentPath()).isEqualTo("/account/ldap-import.xhtml");
            assertThat(admin.pageTitle()).isEqualTo("Import LDAP users");
            assertThat(admin.byId("organizationId").getText()).isEqualTo(ldap.orgId());

            search(admin, ldap.prefix() + "*");
            assertThat(uids(admin)).containsExactly(hanako, jiro, taro);
            assertThat(present(admin, "importForm:truncatedNotice")).isFalse();
            WebElement taroRow = row(admin, taro);
            assertThat(taroRow.findElement(By.cssSelector(".entry-last-name")).getText())
                    .isEqualTo("山田");
            assertThat(taroRow.findElement(By.cssSelector(".entry-first-name")).getText())
                    .isEqualTo("太郎");
            assertThat(taroRow.findElement(By.cssSelector(".entry-email")).getText())
                    .isEqualTo("taro@example.jp");
            admin.screenshot("ldap-import-01-found");

            // more entries than LDAP_SEARCH_LIMIT: the first ones, and a notice
            OperatorSettings.Previous limit = OperatorSettings.set("LDAP_SEARCH_LIMIT", "2");
            try {
                search(admin, ldap.prefix() + "*");
                assertThat(uids(admin)).hasSize(2).isSubsetOf(hanako, jiro, taro);
                assertThat(admin.byId("importForm:truncatedNotice").getText())
                        .contains("Only the first 2 entries are shown (LDAP_SEARCH_LIMIT). Narrow the search.");
                admin.screenshot("ldap-import-02-truncated");
            } finally {
                OperatorSettings.restore(limit);
            }

            // the administrator's own entry is a user already: imported are the others, it is rejected with the reason
            search(admin, "*");
            assertThat(uids(admin))
                    .contains(
                            taro,
                            hanako,
                            jiro,
                            ldap.admin().userId(),
                            ldap.manager().userId());
            pick(admin, taro);
            pick(admin, hanako);
            pick(admin, ldap.admin().userId());
            AccountSteps.choose(admin, "importForm:roles", "SUBSCRIPTION_MANAGER");
            OperatorSteps.clickAjax(admin, "importForm:importSelected");
            AccountSteps.awaitMessage(admin, "Import finished. Imported users: 2. Not imported: 1.");
            assertThat(admin.byId("importedText").getText())
                    .startsWith("Imported users: 2.")
                    .contains(taro, hanako);
            assertThat(admin.driver.findElements(By.cssSelector(".rejected-user")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly(ldap.admin().userId());
            assertThat(admin.driver
                            .findElement(By.cssSelector(".rejected-reason"))
                            .getText())
                    .isEqualTo("The user ID " + ldap.admin().userId() + " is already in use.");
            admin.screenshot("ldap-import-03-result");

            assertThat(stored(taro))
                    .isEqualTo(new StoredUser(ldap.orgKey(), true, null, "山田", "ja", List.of("SUBSCRIPTION_MANAGER")));
            assertThat(stored(hanako).ldapManaged()).isTrue();
            assertThat(stored(jiro)).as("not picked").isNull();
        });
        // the imported user signs in with the directory password, and only with it
        inBrowser("ja", user -> {
            LdapSteps.login(user, taro, "not-" + TARO_PASSWORD);
            assertThat(user.currentPath()).isEqualTo("/login.xhtml");
            loginToHome(user, taro, TARO_PASSWORD);
            assertThat(user.byId("headerForm:currentUser").getText()).isEqualTo(taro);
            assertThat(LdapSteps.menuItem(user, "LDAPユーザーのインポート"))
                    .as("a subscription manager")
                    .isFalse();
            user.screenshot("ldap-import-04-imported-user-ja");
        });
    }

    @Test
    void nothingPickedIsTheServicesMessageAndImportsNothing() {
        inBrowser("en", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            admin.open("/account/ldap-import.xhtml");
            search(admin, jiro);
            assertThat(uids(admin)).containsExactly(jiro);
            OperatorSteps.clickAjax(admin, "importForm:importSelected");
            AccountSteps.awaitMessage(admin, "No user ID given to import.");
            assertThat(present(admin, "importForm:resultPanel")).isFalse();
            assertThat(stored(jiro)).isNull();

            search(admin, ldap.prefix() + "nobody*");
            assertThat(admin.byId("importForm:noEntries").getText()).isEqualTo("No entry of the directory matches.");
        });
    }

    @Test
    void theImportPageInJapanese() {
        inBrowser("ja", admin -> {
            loginToHome(admin, ldap.admin().userId(), ldap.admin().password());
            LdapSteps.openMenu(admin, "アカウント", "LDAPユーザーのインポート");
            assertThat(admin.pageTitle()).isEqualTo("LDAPユーザーのインポート");
            assertThat(admin.byId("searchForm:search").getText()).isEqualTo("検索");
            search(admin, ldap.prefix() + "taro");
            assertThat(uids(admin)).containsExactly(taro);
            assertThat(admin.byId("importForm:importSelected").getText()).isEqualTo("選択したユーザーをインポート");
            assertThat(admin.byId("importForm:roles").getText()).contains("サブスクリプションマネージャー");
            admin.screenshot("ldap-import-05-ja");
        });
    }

    private static void search(PortalBrowser browser, String pattern) {
        List<WebElement> previous = browser.driver.findElements(By.id("importForm"));
        browser.type("searchForm:pattern", pattern);
        browser.click("searchForm:search");
        if (!previous.isEmpty()) {
            browser.waitFor(d -> PortalBrowser.isGone(previous.get(0)));
        }
        browser.waitForAjax();
    }

    private static List<String> uids(PortalBrowser browser) {
        return OperatorSteps.texts(browser, "[id='importForm:entries_data'] .entry-uid");
    }

    private static WebElement row(PortalBrowser browser, String uid) {
        return browser.byId("importForm:entries")
                .findElement(By.xpath(
                        ".//tbody/tr[.//span[contains(@class,'entry-uid') and normalize-space()='" + uid + "']]"));
    }

    /** Ticks the row's checkbox, as a user does. */
    private static void pick(PortalBrowser browser, String uid) {
        WebElement box = row(browser, uid).findElement(By.cssSelector(".ui-chkbox-box"));
        box.click();
        browser.waitForAjax();
        browser.waitFor(d -> row(browser, uid).getAttribute("class").contains("ui-state-highlight"));
    }

    /** A user as the import stored it. */
    record StoredUser(
            long orgKey,
            boolean ldapManaged,
            String passwordHash,
            String lastName,
            String locale,
            List<String> roles) {}

    private static StoredUser stored(String userId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select u.org_key, u.ldap_managed, u.password_hash, u.last_name, u.locale,"
                            + " r.role_name from platform_user u left join user_role r on r.user_key = u.user_key where u.user_id = ?"
                            + " order by r.role_name")) {
                s.setString(1, userId);
                try (ResultSet r = s.executeQuery()) {
                    StoredUser user = null;
                    List<String> roles = new ArrayList<>();
                    while (r.next()) {
                        if (user == null) {
                            user = new StoredUser(
                                    r.getLong(1),
                                    r.getBoolean(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    roles);
                        }
                        if (r.getString(6) != null) {
                            roles.add(r.getString(6));
                        }
                    }
                    return user == null
                            ? null
                            : new StoredUser(
                                    user.orgKey(),
                                    user.ldapManaged(),
                                    user.passwordHash(),
                                    user.lastName(),
                                    user.locale(),
                                    List.copyOf(roles));
                }
            }
        });
    }
}
