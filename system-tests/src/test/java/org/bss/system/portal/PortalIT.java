package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration portal in headless Chromium against the deployed EAR: login, forced password
 * change, Operation &gt; Change system settings (guide §3.1.1), logout, error pages, de and ja.
 *
 * <p>Users: fixtures of this class only ({@link TestUsers}), never the bootstrap operator. An operator shared by
 * the tests that do not change it (created before all tests, deleted after them); tests that change a user
 * (password change, failed logins) create their own and delete it. Tests do not depend on each other or on
 * their order. The one edited setting, HTTP_PROXY_PORT (no effect while HTTP_PROXY is unset), is restored,
 * through the REST API if the browser flow fails half-way. Screenshots go to target/screenshots/.
 */
class PortalIT {

    static final String NEW_PASSWORD = "Portal-IT-2025-pw";
    static final String UNKNOWN_USER = "portal-it-no-such-user";
    static final String EDITED_KEY = "HTTP_PROXY_PORT";
    static final String LOGIN_FAILED = "Login failed. Check your user ID and password.";

    /** Operator for the tests that only use it (it never gets a wrong password). */
    private static TestUser operator;

    /** App. B.4, all 53 keys (REFERENCE.md C.1). */
    static final List<String> B4_KEYS = List.of("AUDIT_LOG_ENABLED", "AUDIT_LOG_MAX_ENTRIES_RETRIEVED", "AUTH_MODE",
            "BASE_URL", "BASE_URL_HTTPS", "CUSTOMER_SELF_REGISTRATION_ENABLED", "DECIMAL_PLACES", "HIDDEN_UI_ELEMENTS",
            "HTTP_PROXY", "HTTP_PROXY_PORT", "IDP_ASSERTION_EXPIRATION", "IDP_ASSERTION_VALIDITY_TOLERANCE",
            "IDP_PRIVATE_KEY_FILE_PATH", "IDP_PUBLIC_CERTIFICATE_FILE_PATH", "LDAP_SEARCH_LIMIT", "LOG_CONFIG_FILE",
            "LOG_FILE_PATH", "LOG_LEVEL", "MAIL_JA_CHARSET", "MAX_NUMBER_LOGIN_ATTEMPTS", "MP_ERROR_REDIRECT_HTTP",
            "MP_ERROR_REDIRECT_HTTPS", "PERMITTED_PERIOD_INACTIVE_ON_BEHALF_USERS",
            "PERMITTED_PERIOD_UNCONFIRMED_ORGANIZATIONS", "PSP_USAGE_ENABLED", "REPORT_ENGINEURL",
            "REPORT_SOAP_ENDPOINT", "REPORT_WSDLURL", "SEARCH_INDEX_MASTER_FACTORY_NAME",
            "SEARCH_INDEX_MASTER_QUEUE_NAME", "SSO_IDP_AUTHENTICATION_REQUEST_HTTP_METHOD", "SSO_IDP_TRUSTSTORE",
            "SSO_IDP_TRUSTSTORE_PASSWORD", "SSO_IDP_URL", "SSO_ISSUER_ID", "SSO_STS_ENCKEY_LEN",
            "SSO_STS_METADATA_URL", "SSO_STS_URL", "SUPPLIER_SETS_INVOICE_AS_DEFAULT", "TAGGING_MAX_TAGS",
            "TAGGING_MIN_SCORE", "TIME_ZONE_ID", "TIMER_INTERVAL_BILLING_OFFSET",
            "TIMER_INTERVAL_DISCOUNT_END_NOTIFICATION_OFFSET", "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS",
            "TIMER_INTERVAL_INACTIVE_ON_BEHALF_USERS_OFFSET", "TIMER_INTERVAL_ORGANIZATION",
            "TIMER_INTERVAL_ORGANIZATION_OFFSET", "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION",
            "TIMER_INTERVAL_SUBSCRIPTION_EXPIRATION_OFFSET", "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT",
            "TIMER_INTERVAL_TENANT_PROVISIONING_TIMEOUT_OFFSET", "WS_TIMEOUT");

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
    }

    @AfterAll
    static void deleteUsers() {
        TestUsers.delete(operator);
    }

    @Test
    void protectedPagesShowTheLoginPage() {
        inBrowser("en", browser -> {
            browser.open("/operator/settings.xhtml");
            assertThat(browser.byId("loginForm:userId").isDisplayed()).isTrue();
            assertThat(browser.pageTitle()).isEqualTo("Log in");
            browser.screenshot("01-login-en");
        });
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
        TestUser user = TestUsers.operator();
        try {
            inBrowser("en", browser -> {
                login(browser, user.userId(), "wrong-" + user.password());
                List<String> wrongPassword = browser.globalMessages();
                browser.screenshot("02-login-failed-en");
                login(browser, UNKNOWN_USER, "whatever-1");
                List<String> unknownUser = browser.globalMessages();

                assertThat(wrongPassword).containsExactly(LOGIN_FAILED);
                assertThat(unknownUser).isEqualTo(wrongPassword);
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
            });
            assertThat(TestUsers.stored(user).failedLoginCount()).as("the wrong password was counted").isEqualTo(1);
        } finally {
            TestUsers.delete(user);
        }
    }

    @Test
    void lockedUserGetsTheSameGenericMessageEvenWithTheRightPassword() {
        TestUser locked = TestUsers.locked();
        try {
            inBrowser("en", browser -> {
                login(browser, locked.userId(), locked.password());

                assertThat(browser.globalMessages()).containsExactly(LOGIN_FAILED);
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
                browser.screenshot("02b-login-locked-en");
                browser.open("/index.xhtml");
                assertThat(browser.byId("loginForm:userId").isDisplayed()).as("not logged in").isTrue();
            });
            assertThat(TestUsers.stored(locked).locked()).isTrue();
        } finally {
            TestUsers.delete(locked);
        }
    }

    @Test
    void germanAndJapaneseBrowsersGetTranslatedLoginPages() {
        inBrowser("de", browser -> {
            browser.open("/");
            assertThat(browser.pageTitle()).isEqualTo("Anmeldung");
            assertThat(label(browser, "loginForm:userId")).isEqualTo("Benutzerkennung");
            assertThat(browser.byId("loginForm:login").getText()).isEqualTo("Anmelden");
            login(browser, UNKNOWN_USER, "falsch-1");
            assertThat(browser.globalMessages())
                    .containsExactly("Die Anmeldung ist fehlgeschlagen. Prüfen Sie Benutzerkennung und Passwort.");
            browser.screenshot("03-login-failed-de");
        });
        inBrowser("ja", browser -> {
            browser.open("/");
            assertThat(browser.pageTitle()).isEqualTo("ログイン");
            assertThat(label(browser, "loginForm:userId")).isEqualTo("ユーザーID");
            assertThat(label(browser, "loginForm:password")).isEqualTo("パスワード");
            login(browser, UNKNOWN_USER, "machigai-1");
            assertThat(browser.globalMessages())
                    .containsExactly("ログインできませんでした。ユーザーIDとパスワードを確認してください。");
            browser.screenshot("04-login-failed-ja");
        });
    }

    @Test
    void initialPasswordMustBeChangedAtFirstLogin() {
        TestUser newcomer = TestUsers.mustChangePassword();
        try {
            inBrowser("en", browser -> {
                login(browser, newcomer.userId(), newcomer.password());
                // Initial password: every page leads back to the password page until it is changed.
                assertThat(browser.currentPath()).as("messages: %s", browser.globalMessages()).isEqualTo("/password.xhtml");
                assertThat(browser.byId("forcedNotice").getText())
                        .contains("You must change your password before you can continue.");
                assertThat(browser.driver.findElements(By.id("menuForm"))).as("no menu before the change").isEmpty();
                browser.screenshot("05-password-forced");
                browser.open("/operator/settings.xhtml");
                assertThat(browser.currentPath()).isEqualTo("/password.xhtml");
                browser.open("/index.xhtml");
                assertThat(browser.currentPath()).isEqualTo("/password.xhtml");

                // The confirmation must match; nothing is changed otherwise.
                fillPasswordForm(browser, newcomer.password(), NEW_PASSWORD, NEW_PASSWORD + "x");
                browser.clickAndWaitForPage("passwordForm:change");
                assertThat(browser.currentPath()).isEqualTo("/password.xhtml");
                assertThat(fieldMessage(browser, "passwordForm:confirmation"))
                        .isEqualTo("The new password and its confirmation do not match.");
                assertThat(TestUsers.stored(newcomer).passwordChangeRequired()).isTrue();

                changePassword(browser, newcomer.password(), NEW_PASSWORD);
                assertThat(browser.currentPath()).isEqualTo("/index.xhtml");
                assertThat(browser.globalMessages()).contains("Your password has been changed.");
                assertThat(browser.byId("headerForm:currentUser").getText()).isEqualTo(newcomer.userId());
                browser.screenshot("06-home");

                // Now the operator pages open.
                openMenu(browser, "Operation", "Change system settings");
                assertThat(browser.currentPath()).isEqualTo("/operator/settings.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Change system settings");

                browser.clickAndWaitForPage("headerForm:logout");
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
            });
            assertThat(TestUsers.stored(newcomer).passwordChangeRequired()).isFalse();
            inBrowser("en", browser -> {
                login(browser, newcomer.userId(), newcomer.password());
                assertThat(browser.globalMessages()).as("the initial password is gone").containsExactly(LOGIN_FAILED);
                login(browser, newcomer.userId(), NEW_PASSWORD);
                assertThat(browser.currentPath()).as("no forced change any more").isEqualTo("/index.xhtml");
            });
        } finally {
            TestUsers.delete(newcomer);
        }
    }

    @Test
    void operatorChangesPasswordThroughTheAccountMenu() {
        TestUser user = TestUsers.operator();
        try {
            inBrowser("en", browser -> {
                login(browser, user.userId(), user.password());
                assertThat(browser.currentPath()).as("messages: %s", browser.globalMessages()).isEqualTo("/index.xhtml");
                openMenu(browser, "Account", "Change password");
                assertThat(browser.currentPath()).isEqualTo("/password.xhtml");
                assertThat(browser.driver.findElements(By.id("forcedNotice"))).as("no forced-change notice").isEmpty();
                changePassword(browser, user.password(), NEW_PASSWORD);
                assertThat(browser.globalMessages()).contains("Your password has been changed.");
                browser.clickAndWaitForPage("headerForm:logout");

                login(browser, user.userId(), NEW_PASSWORD);
                assertThat(browser.currentPath()).isEqualTo("/index.xhtml");
            });
        } finally {
            TestUsers.delete(user);
        }
    }

    @Test
    void operatorChangesSettings() {
        String[] original = {null};
        boolean[] restored = {false};
        try {
            inBrowser("en", browser -> {
                login(browser, operator.userId(), operator.password());
                assertThat(browser.currentPath()).as("operator logged in; messages: %s", browser.globalMessages())
                        .isEqualTo("/index.xhtml");
                assertThat(browser.byId("headerForm:currentUser").getText()).isEqualTo(operator.userId());

                // Unknown pages: the portal's 404 page, no server details.
                browser.open("/no-such-page.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Page not found");
                assertThat(browser.driver.findElement(By.tagName("body")).getText())
                        .doesNotContain("Exception").doesNotContain("Payara").doesNotContain("Status 404");
                browser.screenshot("07-error-404");

                // Operation > Change system settings, through the menu.
                browser.open("/index.xhtml");
                openMenu(browser, "Operation", "Change system settings");
                assertThat(browser.currentPath()).isEqualTo("/operator/settings.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Change system settings");
                List<String> keys = browser.driver.findElements(By.cssSelector("#settingsForm\\:settings .setting-key"))
                        .stream().map(WebElement::getText).toList();
                assertThat(keys).containsAll(B4_KEYS).doesNotHaveDuplicates();
                assertThat(row(browser, "AUTH_MODE").findElements(By.cssSelector(".setting-required")))
                        .as("AUTH_MODE is marked required").hasSize(1);
                assertThat(row(browser, "LOG_LEVEL").findElements(By.cssSelector(".setting-restart")))
                        .as("LOG_LEVEL is marked restart-required").hasSize(1);
                browser.screenshot("08-settings");

                // Filter by key.
                WebElement filter = browser.driver.findElement(By.cssSelector("#settingsForm\\:settings th .ui-column-filter"));
                filter.sendKeys("PROXY");
                browser.waitFor(d -> d.findElements(By.cssSelector("#settingsForm\\:settings .setting-key")).size() == 2);
                browser.waitForAjax();
                assertThat(browser.driver.findElements(By.cssSelector("#settingsForm\\:settings .setting-key"))
                        .stream().map(WebElement::getText)).containsExactlyInAnyOrder("HTTP_PROXY", "HTTP_PROXY_PORT");
                browser.screenshot("09-settings-filtered");

                original[0] = currentValue(browser, EDITED_KEY);

                // A value out of range: the service's message names the key; nothing is stored.
                openEditDialog(browser, EDITED_KEY);
                browser.type("editForm:value", "70000");
                browser.click("editForm:save");
                browser.waitForAjax();
                String invalid = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='editForm:valueMessage'].ui-message-error"))).getText();
                assertThat(invalid).contains(EDITED_KEY);
                assertThat(browser.byId("editDialog").isDisplayed()).isTrue();
                browser.screenshot("10-settings-invalid");
                browser.click("editForm:cancel");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(original[0]);
                browser.open("/operator/settings.xhtml");
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(original[0]);

                // A valid value is saved and shown (also after reloading the page).
                String valid = "8081".equals(original[0]) ? "8082" : "8081";
                openEditDialog(browser, EDITED_KEY);
                browser.type("editForm:value", valid);
                browser.click("editForm:save");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
                browser.waitForAjax();
                assertThat(browser.globalMessages()).contains("The setting " + EDITED_KEY + " has been saved.");
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(valid);
                browser.screenshot("11-settings-saved");
                browser.open("/operator/settings.xhtml");
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(valid);

                // Clearing asks for confirmation first; "Cancel" keeps the value.
                openEditDialog(browser, EDITED_KEY);
                browser.click("editForm:clear");
                WebElement question = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("clearQuestion")));
                assertThat(question.getText()).contains(EDITED_KEY);
                browser.screenshot("12-settings-confirm-clear");
                browser.click("clearForm:cancelClear");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("clearDialog")));
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(valid);
                // Confirmed: the value is cleared and the default applies.
                browser.click("editForm:clear");
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("clearQuestion")));
                browser.click("clearForm:confirmClear");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
                browser.waitForAjax();
                assertThat(browser.globalMessages())
                        .contains("The value of " + EDITED_KEY + " has been cleared; the default applies.");
                assertThat(currentValue(browser, EDITED_KEY)).isNull();

                // Restore the original value (if there was one).
                if (original[0] != null) {
                    openEditDialog(browser, EDITED_KEY);
                    browser.type("editForm:value", original[0]);
                    browser.click("editForm:save");
                    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
                    browser.waitForAjax();
                }
                browser.open("/operator/settings.xhtml");
                assertThat(currentValue(browser, EDITED_KEY)).isEqualTo(original[0]);
                restored[0] = true;

                // Logout ends the session.
                browser.clickAndWaitForPage("headerForm:logout");
                assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
                assertThat(browser.globalMessages()).contains("You have been logged out.");
                browser.screenshot("13-logged-out");
                browser.open("/operator/settings.xhtml");
                assertThat(browser.byId("loginForm:userId").isDisplayed()).isTrue();
            });
        } finally {
            if (!restored[0]) {
                restoreSettingThroughRest(EDITED_KEY, original[0]);
            }
        }
    }

    @Test
    void operatorPagesInGermanAndJapanese() {
        inBrowser("de", browser -> {
            login(browser, operator.userId(), operator.password());
            assertThat(browser.currentPath()).isEqualTo("/index.xhtml");
            openMenu(browser, "Betrieb", "Systemeinstellungen ändern");
            assertThat(browser.pageTitle()).isEqualTo("Systemeinstellungen ändern");
            assertThat(headers(browser)).contains("Schlüssel", "Aktueller Wert", "Standardwert", "Zulässige Werte");
            browser.screenshot("14-settings-de");
            browser.clickAndWaitForPage("headerForm:logout");
            assertThat(browser.globalMessages()).contains("Sie wurden abgemeldet.");
        });
        inBrowser("ja", browser -> {
            login(browser, operator.userId(), operator.password());
            assertThat(browser.currentPath()).isEqualTo("/index.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("ホーム");
            openMenu(browser, "操作", "システム設定の変更");
            assertThat(browser.pageTitle()).isEqualTo("システム設定の変更");
            assertThat(headers(browser)).contains("キー", "現在の値", "デフォルト値", "指定可能な値");
            browser.screenshot("15-settings-ja");

            openEditDialog(browser, EDITED_KEY);
            browser.type("editForm:value", "0");
            browser.click("editForm:save");
            browser.waitForAjax();
            String invalid = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='editForm:valueMessage'].ui-message-error"))).getText();
            assertThat(invalid).contains(EDITED_KEY);
            browser.screenshot("16-settings-invalid-ja");
            browser.click("editForm:cancel");
            browser.clickAndWaitForPage("headerForm:logout");
            assertThat(browser.globalMessages()).contains("ログアウトしました。");
        });
    }

    @Test
    void userWithoutOperatorRoleGetsTheAccessDeniedPage() {
        TestUser plain = TestUsers.plainUser();
        try {
            inBrowser("en", browser -> {
                login(browser, plain.userId(), plain.password());
                assertThat(browser.currentPath()).as("messages: %s", browser.globalMessages()).isEqualTo("/index.xhtml");
                assertThat(browser.byId("headerForm:currentUser").getText()).isEqualTo(plain.userId());
                // no way to the operator pages in the menu or on the home page ...
                assertThat(browser.driver.findElements(By.xpath("//form[@id='menuForm']//span[normalize-space()='Operation']")))
                        .isEmpty();
                assertThat(browser.driver.findElements(By.id("tileSettings"))).isEmpty();

                // ... and typing the address gets the portal's 403 page, not the settings
                browser.open("/operator/settings.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Access denied");
                String body = browser.driver.findElement(By.tagName("body")).getText();
                assertThat(body).contains("You are not authorized to use this page.")
                        .doesNotContain("Exception").doesNotContain("Payara").doesNotContain("HTTP Status");
                assertThat(browser.driver.findElements(By.id("settingsForm"))).isEmpty();
                Object status = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(window.location.href, {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status), e => done(String(e)));");
                assertThat(status).as("HTTP status of /operator/settings.xhtml").isEqualTo(403L);
                browser.screenshot("17-error-403");
            });
        } finally {
            TestUsers.delete(plain);
        }
    }

    // ------------------------------------------------------------------------------------------

    interface BrowserSteps {
        void run(PortalBrowser browser);
    }

    /** Runs steps in a fresh browser; a failure leaves a screenshot named after the test method. */
    static void inBrowser(String language, BrowserSteps steps) {
        try (PortalBrowser browser = new PortalBrowser(language)) {
            try {
                steps.run(browser);
            } catch (RuntimeException | AssertionError e) {
                String method = StackWalker.getInstance().walk(frames -> frames
                        .filter(f -> f.getClassName().equals(PortalIT.class.getName()) && !f.getMethodName().startsWith("lambda$")
                                && !f.getMethodName().equals("inBrowser"))
                        .map(StackWalker.StackFrame::getMethodName).findFirst().orElse("test"));
                browser.screenshot("FAILED-" + method + "-" + language);
                System.err.println("PortalIT: failed at " + browser.driver.getCurrentUrl());
                throw e;
            }
        }
    }

    static void login(PortalBrowser browser, String userId, String password) {
        browser.open("/login.xhtml");
        browser.type("loginForm:userId", userId);
        browser.type("loginForm:password", password);
        browser.clickAndWaitForPage("loginForm:login");
    }

    static void fillPasswordForm(PortalBrowser browser, String oldPassword, String newPassword, String confirmation) {
        browser.type("passwordForm:oldPassword", oldPassword);
        browser.type("passwordForm:newPassword", newPassword);
        browser.type("passwordForm:confirmation", confirmation);
    }

    static void changePassword(PortalBrowser browser, String oldPassword, String newPassword) {
        fillPasswordForm(browser, oldPassword, newPassword, newPassword);
        browser.clickAndWaitForPage("passwordForm:change");
        assertThat(browser.currentPath()).as("password changed: " + browser.globalMessages()
                + " " + browser.driver.findElements(By.cssSelector(".ui-message-error")).stream()
                        .map(WebElement::getText).toList()).isEqualTo("/index.xhtml");
    }

    /**
     * Safety net when the browser flow failed half-way: puts the setting back through the REST API as the
     * fixture operator (null: unset). Other engineers redeploy the shared server at any time, so it tries a few times.
     */
    static void restoreSettingThroughRest(String key, String value) {
        HttpClient http = HttpClient.newHttpClient();
        String api = System.getProperty("bss.http.url", "http://localhost:8080").replaceAll("/+$", "") + "/bss/api/v1";
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(api + "/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + operator.userId() + "\",\"password\":\""
                                + operator.password() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
                if (token.statusCode() == 200 && m.find()) {
                    HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(api + "/settings/" + key))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + m.group(1))
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"" + (value == null ? "" : value) + "\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (put.statusCode() == 200) {
                        System.out.println("PortalIT: " + key + " restored through the REST API");
                        return;
                    }
                    System.err.println("PortalIT: restoring " + key + ": " + put.statusCode() + " " + put.body());
                } else {
                    System.err.println("PortalIT: token for restoring " + key + ": " + token.statusCode() + " " + token.body());
                }
                Thread.sleep(5000);
            } catch (java.io.IOException e) {
                System.err.println("PortalIT: attempt " + attempt + " to restore " + key + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void openMenu(PortalBrowser browser, String submenu, String item) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//form[@id='menuForm']//li[contains(@class,'ui-menu-parent')]/a[.//span[normalize-space()='"
                        + submenu + "']]"))).click();
        WebElement link = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//form[@id='menuForm']//a[contains(@class,'ui-menuitem-link')][.//span[normalize-space()='"
                        + item + "']]")));
        WebElement html = browser.driver.findElement(By.tagName("html"));
        link.click();
        browser.waitFor(d -> PortalBrowser.isGone(html));
    }

    static void openEditDialog(PortalBrowser browser, String key) {
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(rowXpath(key) + "//button[contains(@id,':edit')]")))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:value")));
        browser.waitForAjax();
        assertThat(browser.byId("editForm:editKey").getText()).isEqualTo(key);
    }

    /** The stored value shown in the table, null when the row shows "not set". */
    static String currentValue(PortalBrowser browser, String key) {
        WebElement row = row(browser, key);
        List<WebElement> value = row.findElements(By.cssSelector(".setting-value"));
        return value.isEmpty() ? null : value.get(0).getText();
    }

    static String rowXpath(String key) {
        return "//form[@id='settingsForm']//tr[.//span[contains(@class,'setting-key') and normalize-space()='" + key + "']]";
    }

    static WebElement row(PortalBrowser browser, String key) {
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(rowXpath(key))));
    }

    static String label(PortalBrowser browser, String forId) {
        return browser.driver.findElement(By.cssSelector("label[for='" + forId + "']")).getText().replace("*", "").trim();
    }

    static String fieldMessage(PortalBrowser browser, String forId) {
        return browser.driver.findElements(By.cssSelector("[id='" + forId + "'] ~ .ui-message, .ui-message-error"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    static List<String> headers(PortalBrowser browser) {
        return browser.driver.findElements(By.cssSelector("#settingsForm\\:settings thead th .ui-column-title"))
                .stream().map(WebElement::getText).toList();
    }
}
