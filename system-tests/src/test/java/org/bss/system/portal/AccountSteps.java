package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.support.TestMailServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steps shared by the account-page tests (Account*IT): browsers with a failure screenshot, the user table of
 * /account/users (rows by user id, row buttons, the confirmation dialog, the filter box), mails and HTTP status.
 * Login and password change are {@link PortalSteps}'s.
 */
final class AccountSteps {

    static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    static final String USERS_TABLE = "usersForm:users";

    private AccountSteps() {}

    /** Runs steps in a fresh browser; a failure leaves a screenshot named after the test method. */
    static void inBrowser(String language, PortalSteps.BrowserSteps steps) {
        try (PortalBrowser browser = new PortalBrowser(language)) {
            try {
                steps.run(browser);
            } catch (RuntimeException | AssertionError e) {
                String method = StackWalker.getInstance()
                        .walk(frames -> frames.filter(f ->
                                        f.getClassName().startsWith(AccountSteps.class.getPackageName() + ".Account")
                                                && f.getClassName().endsWith("IT")
                                                && !f.getMethodName().startsWith("lambda$"))
                                .map(StackWalker.StackFrame::getMethodName)
                                .findFirst()
                                .orElse("test"));
                browser.screenshot("FAILED-account-" + method + "-" + language);
                System.err.println("Account IT: failed at " + browser.driver.getCurrentUrl() + ", messages "
                        + browser.globalMessages());
                throw e;
            }
        }
    }

    static void login(PortalBrowser browser, String userId, String password) {
        PortalSteps.login(browser, userId, password);
    }

    /** Logs in and expects the home page (no forced password change). */
    static void loginToHome(PortalBrowser browser, String userId, String password) {
        login(browser, userId, password);
        assertThat(browser.currentPath())
                .as("login of %s: %s", userId, browser.globalMessages())
                .isEqualTo("/index.xhtml");
    }

    /** Opens /account/users and narrows the table to user ids containing {@code filter}. */
    static void openUsers(PortalBrowser browser, String filter) {
        browser.open("/account/users.xhtml");
        assertThat(browser.currentPath()).isEqualTo("/account/users.xhtml");
        if (filter != null) {
            filterUsers(browser, filter);
        }
    }

    /** Types into the filter box and waits until every row shown matches (or the table is empty). */
    static void filterUsers(PortalBrowser browser, String filter) {
        browser.waitForAjax();
        WebElement before = browser.byId("usersForm:users_data");
        browser.type("usersForm:filter", filter);
        // the table is rendered anew once the (delayed) filter request has run
        browser.waitFor(d -> PortalBrowser.isGone(before));
        browser.waitForAjax();
        browser.waitFor(d -> {
            List<String> ids = userIds(browser);
            return ids.stream().allMatch(id -> id.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT)))
                    && (!ids.isEmpty()
                            || !browser.driver
                                    .findElements(By.cssSelector("[id='usersForm:users'] .ui-datatable-empty-message"))
                                    .isEmpty());
        });
        browser.waitForAjax();
    }

    /** The user ids of the rows shown, in table order. */
    static List<String> userIds(PortalBrowser browser) {
        try {
            return browser.driver.findElements(By.cssSelector("[id='usersForm:users_data'] a.user-id")).stream()
                    .map(WebElement::getText)
                    .toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of("\u0000stale");
        }
    }

    static String rowXpath(String userId) {
        return "//tbody[@id='usersForm:users_data']/tr[.//a[contains(@class,'user-id') and normalize-space()='" + userId
                + "']]";
    }

    static WebElement row(PortalBrowser browser, String userId) {
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(rowXpath(userId))));
    }

    /** The status cell's text of a user's row (e.g. "Active", "Locked\nMust change password"). */
    static String status(PortalBrowser browser, String userId) {
        return row(browser, userId).findElement(By.cssSelector("td.col-status")).getText();
    }

    /** Clicks a row button: edit, lock, unlock, reset or delete. */
    static void clickRowButton(PortalBrowser browser, String userId, String button) {
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.xpath(rowXpath(userId) + "//*[self::button or self::a][substring(@id, string-length(@id) - "
                                + button.length() + ")=':" + button + "']")))
                .click();
    }

    /** After a row button with confirmation: the question shown; then Yes or Cancel. */
    static String answerConfirmation(PortalBrowser browser, boolean yes, String screenshot) {
        WebElement message = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='usersForm:confirmDialog'] .ui-confirm-dialog-message")));
        String question = message.getText();
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click(yes ? "usersForm:confirmYes" : "usersForm:confirmNo");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("usersForm:confirmDialog")));
        browser.waitForAjax();
        return question;
    }

    /** Waits until the global messages contain {@code text}; returns them. */
    static List<String> awaitMessage(PortalBrowser browser, String text) {
        try {
            browser.waitFor(d -> {
                try {
                    return browser.globalMessages().stream().anyMatch(m -> m.contains(text));
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false; // the messages are being rendered anew
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message containing \"" + text + "\"; messages: " + browser.globalMessages(), e);
        }
        return browser.globalMessages();
    }

    /** Clicks the radio button or checkbox of a PrimeFaces select whose option has this value. */
    static void choose(PortalBrowser browser, String selectId, String value) {
        WebElement input = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='" + selectId + "'] input[value='" + value + "']")));
        browser.driver
                .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
    }

    static boolean isChecked(PortalBrowser browser, String selectId, String value) {
        return browser.driver
                .findElement(By.cssSelector("[id='" + selectId + "'] input[value='" + value + "']"))
                .isSelected();
    }

    /** The one value after {@code label} in a mail body line "label value". */
    static String mailValue(MimeMessage mail, String label) {
        String body = TestMailServer.body(mail);
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*(\\S+)").matcher(body);
        assertThat(m.find()).as("\"%s\" in mail:%n%s", label, body).isTrue();
        return m.group(1);
    }

    /** The HTTP status of the current page, fetched again by the page itself. */
    static Object httpStatus(PortalBrowser browser) {
        return ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(window.location.href, {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status), e => done(String(e)));");
    }

    static String bodyText(PortalBrowser browser) {
        return browser.driver.findElement(By.tagName("body")).getText();
    }
}
