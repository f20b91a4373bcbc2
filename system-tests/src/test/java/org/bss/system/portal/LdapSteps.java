package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steps shared by the tests of the LDAP pages (AccountLdap*IT, OperatorLdapIT): the App. C fields of the settings
 * form, Save with its confirmation, the connection test, menu entries and the 403 answer of a typed address.
 */
final class LdapSteps {

    static final String FORM = "settingsForm";

    private LdapSteps() {}

    /** What a connection test showed: the outcome line and the service's message. */
    record TestShown(boolean ok, String outcome, String message) {}

    /** Opens a menu entry (the one place these tests reach the shared portal steps for it). */
    static void openMenu(PortalBrowser browser, String submenu, String item) {
        PortalSteps.openMenu(browser, submenu, item);
    }

    /** Fills the login form and submits it, whatever page follows. */
    static void login(PortalBrowser browser, String userId, String password) {
        PortalSteps.login(browser, userId, password);
    }

    static String field(PortalBrowser browser, String key) {
        return browser.input(FORM + ":" + key).getAttribute("value");
    }

    static void type(PortalBrowser browser, String key, String value) {
        WebElement input = browser.input(FORM + ":" + key);
        input.clear();
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** The message shown at a key's field, "" when there is none. */
    static String fieldMessage(PortalBrowser browser, String key) {
        return OperatorSteps.fieldMessage(browser, FORM + ":" + key);
    }

    /** Clicks Save and expects the confirmation; returns its question and answers it (Save or Cancel). */
    static String saveWithConfirmation(PortalBrowser browser, boolean confirm, String screenshot) {
        browser.click(FORM + ":save");
        browser.waitForAjax();
        WebElement question = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("saveQuestion")));
        String text = question.getText();
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click(confirm ? "saveConfirmForm:confirmSave" : "saveConfirmForm:cancelSave");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("saveDialog")));
        browser.waitForAjax();
        return text;
    }

    /** Clicks Save when nothing changed: no confirmation, the given global message. */
    static void saveUnchanged(PortalBrowser browser, String message) {
        browser.click(FORM + ":save");
        browser.waitForAjax();
        AccountSteps.awaitMessage(browser, message);
        assertThat(browser.driver.findElement(By.id("saveDialog")).isDisplayed())
                .isFalse();
    }

    /** Clicks the test button and reads the outcome that replaced the previous one. */
    static TestShown testConnection(PortalBrowser browser) {
        List<WebElement> previous = browser.driver.findElements(By.id(FORM + ":testPanel"));
        browser.click(FORM + ":test");
        if (!previous.isEmpty()) {
            browser.waitFor(d -> PortalBrowser.isGone(previous.get(0)));
        }
        browser.waitForAjax();
        WebElement result = browser.byId(FORM + ":testResult");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", result);
        return new TestShown(
                result.getAttribute("class").contains("bss-ldap-test-ok"),
                browser.byId(FORM + ":testOutcome").getText().strip(),
                browser.byId(FORM + ":testMessage").getText().strip());
    }

    /** Whether the menu holds an entry with this text (rendered in the page, open or not). */
    static boolean menuItem(PortalBrowser browser, String item) {
        return !browser.driver
                .findElements(By.xpath("//form[@id='menuForm']//a[contains(@class,'ui-menuitem-link')]"
                        + "[.//span[normalize-space()='" + item + "']]"))
                .isEmpty();
    }

    static boolean present(PortalBrowser browser, String id) {
        return !browser.driver.findElements(By.id(id)).isEmpty();
    }

    /** Types an address and expects the 403 page (status and title) instead of the page's form. */
    static void expectForbidden(PortalBrowser browser, String path, String errorTitle) {
        browser.open(path);
        assertThat(AccountSteps.httpStatus(browser)).as(path).isEqualTo(403L);
        assertThat(browser.pageTitle()).as(path).isEqualTo(errorTitle);
        assertThat(present(browser, FORM)).as(path).isFalse();
        assertThat(present(browser, "searchForm")).as(path).isFalse();
    }
}
