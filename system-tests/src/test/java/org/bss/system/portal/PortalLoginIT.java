package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.PortalSteps.LOGIN_FAILED;
import static org.bss.system.portal.PortalSteps.NEW_PASSWORD;
import static org.bss.system.portal.PortalSteps.changePassword;
import static org.bss.system.portal.PortalSteps.fieldMessage;
import static org.bss.system.portal.PortalSteps.fillPasswordForm;
import static org.bss.system.portal.PortalSteps.inBrowser;
import static org.bss.system.portal.PortalSteps.label;
import static org.bss.system.portal.PortalSteps.login;
import static org.bss.system.portal.PortalSteps.openMenu;

import java.util.List;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal's login in headless Chromium against the deployed EAR: the login page for protected pages, one generic
 * message for a wrong password, an unknown or a locked user, de and ja, the forced change of an initial password, a
 * password change through the Account menu. Users: fixtures of this class only, never the bootstrap operator.
 */
class PortalLoginIT {

    static final String UNKNOWN_USER = "portal-it-no-such-user";

    /** Operator for the tests that only use it (it never gets a wrong password). */
    private static TestUser operator;

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
            assertThat(TestUsers.stored(user).failedLoginCount())
                    .as("the wrong password was counted")
                    .isEqualTo(1);
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
                assertThat(browser.byId("loginForm:userId").isDisplayed())
                        .as("not logged in")
                        .isTrue();
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
            assertThat(browser.globalMessages()).containsExactly("ログインできませんでした。ユーザーIDとパスワードを確認してください。");
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
                assertThat(browser.currentPath())
                        .as("messages: %s", browser.globalMessages())
                        .isEqualTo("/password.xhtml");
                assertThat(browser.byId("forcedNotice").getText())
                        .contains("You must change your password before you can continue.");
                assertThat(browser.driver.findElements(By.id("menuForm")))
                        .as("no menu before the change")
                        .isEmpty();
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
                assertThat(browser.globalMessages())
                        .as("the initial password is gone")
                        .containsExactly(LOGIN_FAILED);
                login(browser, newcomer.userId(), NEW_PASSWORD);
                assertThat(browser.currentPath())
                        .as("no forced change any more")
                        .isEqualTo("/index.xhtml");
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
                assertThat(browser.currentPath())
                        .as("messages: %s", browser.globalMessages())
                        .isEqualTo("/index.xhtml");
                openMenu(browser, "Account", "Change password");
                assertThat(browser.currentPath()).isEqualTo("/password.xhtml");
                assertThat(browser.driver.findElements(By.id("forcedNotice")))
                        .as("no forced-change notice")
                        .isEmpty();
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
}
