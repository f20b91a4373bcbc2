package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browser steps every portal test uses: a fresh browser per test, login, password change, the menu, field texts. */
final class PortalSteps {

    static final String NEW_PASSWORD = "Portal-IT-2025-pw";
    static final String LOGIN_FAILED = "Login failed. Check your user ID and password.";

    private PortalSteps() {}

    interface BrowserSteps {
        void run(PortalBrowser browser);
    }

    /** Runs steps in a fresh browser; a failure leaves a screenshot named after the test method. */
    static void inBrowser(String language, BrowserSteps steps) {
        try (PortalBrowser browser = new PortalBrowser(language)) {
            try {
                steps.run(browser);
            } catch (RuntimeException | AssertionError e) {
                String method = StackWalker.getInstance()
                        .walk(frames -> frames.filter(f -> f.getClassName().endsWith("IT")
                                        && !f.getMethodName().startsWith("lambda$")
                                        && !f.getMethodName().equals("inBrowser"))
                                .map(StackWalker.StackFrame::getMethodName)
                                .findFirst()
                                .orElse("test"));
                browser.screenshot("FAILED-" + method + "-" + language);
                System.err.println("portal test failed at " + browser.driver.getCurrentUrl());
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
        assertThat(browser.currentPath())
                .as("password changed: " + browser.globalMessages()
                        + " "
                        + browser.driver.findElements(By.cssSelector(".ui-message-error")).stream()
                                .map(WebElement::getText)
                                .toList())
                .isEqualTo("/index.xhtml");
    }

    static void openMenu(PortalBrowser browser, String submenu, String item) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//form[@id='menuForm']//li[contains(@class,'ui-menu-parent')]/a[.//span[normalize-space()='"
                                + submenu + "']]")))
                .click();
        WebElement link = browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//form[@id='menuForm']//a[contains(@class,'ui-menuitem-link')][.//span[normalize-space()='"
                        + item + "']]")));
        WebElement html = browser.driver.findElement(By.tagName("html"));
        link.click();
        browser.waitFor(d -> PortalBrowser.isGone(html));
    }

    static String label(PortalBrowser browser, String forId) {
        return browser.driver
                .findElement(By.cssSelector("label[for='" + forId + "']"))
                .getText()
                .replace("*", "")
                .trim();
    }

    static String fieldMessage(PortalBrowser browser, String forId) {
        return browser
                .driver
                .findElements(By.cssSelector("[id='" + forId + "'] ~ .ui-message, .ui-message-error"))
                .stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse("");
    }
}
