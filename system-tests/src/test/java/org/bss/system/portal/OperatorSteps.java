package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bss.system.portal.operator.OperatorOrganizations;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steps shared by the operator-page tests (Operator*IT): browsers with a failure screenshot, PrimeFaces checkboxes
 * and menus, field messages, and registering an organization through Operation &gt; Register organization.
 */
final class OperatorSteps {

    private OperatorSteps() {}

    /** An organization to register; null fields stay empty. */
    record Registration(
            String name,
            String email,
            String domicile,
            String locale,
            List<String> roles,
            String marketplaceId,
            String revenueShare,
            String adminUserId,
            String adminEmail,
            String salutation,
            String adminLocale) {}

    /** What the page showed after registering. */
    record Registered(String orgId, String name, String adminUserId, String adminKey, String initialPassword) {}

    /** Runs steps in a fresh browser; a failure leaves a screenshot named after the test method. */
    static void inBrowser(String language, PortalSteps.BrowserSteps steps) {
        try (PortalBrowser browser = new PortalBrowser(language)) {
            try {
                steps.run(browser);
            } catch (RuntimeException | AssertionError e) {
                String method = StackWalker.getInstance()
                        .walk(frames -> frames.filter(f ->
                                        f.getClassName().startsWith(OperatorSteps.class.getPackageName() + ".Operator")
                                                && f.getClassName().endsWith("IT")
                                                && !f.getMethodName().startsWith("lambda$"))
                                .map(StackWalker.StackFrame::getMethodName)
                                .findFirst()
                                .orElse("test"));
                browser.screenshot("FAILED-operator-" + method + "-" + language);
                System.err.println("Operator IT: failed at " + browser.driver.getCurrentUrl() + ", messages "
                        + browser.globalMessages());
                throw e;
            }
        }
    }

    /**
     * Logs in and expects the home page. It waits for the new address rather than for the old page to go stale
     * (Chromium sometimes reports that race as "Node with given id does not belong to the document").
     */
    static void loginToHome(PortalBrowser browser, String userId, String password) {
        browser.open("/login.xhtml");
        browser.type("loginForm:userId", userId);
        browser.type("loginForm:password", password);
        browser.click("loginForm:login");
        browser.waitFor(d -> {
            try {
                return !"/login.xhtml".equals(browser.currentPath())
                        || !browser.globalMessages().isEmpty();
            } catch (WebDriverException e) {
                return false; // the page is being replaced
            }
        });
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(browser.currentPath())
                .as("login of %s: %s", userId, browser.globalMessages())
                .isEqualTo("/index.xhtml");
    }

    /** Ticks the checkbox with {@code value} of a p:selectManyCheckbox (through its label, as a user does). */
    static void check(PortalBrowser browser, String groupId, String value) {
        WebElement input = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//input[@type='checkbox' and @value='" + value + "' and starts-with(@id,'" + groupId + ":')]")));
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                .click();
        browser.waitFor(d -> input.isSelected());
    }

    /** Chooses a value of a p:selectOneMenu through its widget. */
    static void select(PortalBrowser browser, String menuId, String value) {
        browser.byId(menuId);
        browser.driver.executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    }

    /** The message shown at a field (the p:message in the field's block), "" when there is none. */
    static String fieldMessage(PortalBrowser browser, String inputId) {
        return browser
                .driver
                .findElements(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'bss-field')][1]"
                        + "//div[contains(@class,'ui-message')]"))
                .stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse("");
    }

    /** Clicks an Ajax button and waits until its request is done. */
    static void clickAjax(PortalBrowser browser, String id) {
        browser.click(id);
        browser.waitForAjax();
    }

    /** Fills Operation &gt; Register organization (the page must be open). */
    static void fillRegistration(PortalBrowser browser, Registration r) {
        typeIfGiven(browser, "newForm:organization_name", r.name());
        typeIfGiven(browser, "newForm:organization_email", r.email());
        if (r.domicile() != null) {
            select(browser, "newForm:organization_domicile", r.domicile());
        }
        if (r.locale() != null) {
            select(browser, "newForm:organization_locale", r.locale());
        }
        for (String role : r.roles()) {
            check(browser, "newForm:organization_roles", role);
        }
        typeIfGiven(browser, "newForm:organization_marketplaceid", r.marketplaceId());
        typeIfGiven(browser, "newForm:organization_operatorrevshare", r.revenueShare());
        typeIfGiven(browser, "newForm:user_identifier", r.adminUserId());
        typeIfGiven(browser, "newForm:user_email", r.adminEmail());
        if (r.salutation() != null) {
            select(browser, "newForm:user_salutation", r.salutation());
        }
        if (r.adminLocale() != null) {
            select(browser, "newForm:user_locale", r.adminLocale());
        }
    }

    /** Registers an organization and returns what the result panel shows. */
    static Registered register(PortalBrowser browser, Registration r) {
        browser.open("/operator/organization-new.xhtml");
        fillRegistration(browser, r);
        clickAjax(browser, "newForm:create");
        return registered(browser);
    }

    /** Reads the result panel after a successful registration. */
    static Registered registered(PortalBrowser browser) {
        WebElement orgId =
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("newForm:createdOrgId")));
        List<WebElement> password = browser.driver.findElements(By.id("newForm:createdPassword"));
        return new Registered(
                orgId.getText(),
                browser.byId("newForm:createdName").getText(),
                browser.byId("newForm:createdAdminUserId").getText(),
                browser.byId("newForm:createdAdminKey").getText(),
                password.isEmpty() ? null : password.get(0).getText());
    }

    /** A registration of a SUPPLIER with an administrator of these tests (user id {@code st-orgadm-<suffix>}). */
    static Registration supplier(String name, String suffix) {
        return new Registration(
                name,
                "info-" + suffix + "@system-test.invalid",
                "JP",
                "ja",
                List.of("SUPPLIER"),
                null,
                "12.5",
                OperatorOrganizations.ADMIN_PREFIX + suffix,
                "admin-" + suffix + "@system-test.invalid",
                "MS",
                "ja");
    }

    static void openOrganization(PortalBrowser browser, String orgId) {
        browser.open("/operator/organization.xhtml?id=" + orgId);
        assertThat(browser.byId("orgId").getText()).isEqualTo(orgId);
    }

    /** Texts of the elements a CSS selector finds (read again when an Ajax update replaced them meanwhile). */
    static List<String> texts(PortalBrowser browser, String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.driver.findElements(By.cssSelector(css)).stream()
                        .map(WebElement::getText)
                        .toList();
            } catch (StaleElementReferenceException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** The HTTP status of the current page's address, fetched again by the browser with its session. */
    static Object statusOfCurrentPage(PortalBrowser browser) {
        return browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(window.location.href, {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(r => done(r.status), e => done(String(e)));");
    }

    /** Lets the browser save downloads into a directory (headless Chromium asks nobody). */
    static void downloadsTo(PortalBrowser browser, java.nio.file.Path dir) {
        browser.driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Types into any text control (also a textarea, which {@link PortalBrowser#type} does not handle). */
    static void typeText(PortalBrowser browser, String id, String text) {
        WebElement element = browser.byId(id);
        element.clear();
        element.sendKeys(text);
    }

    private static void typeIfGiven(PortalBrowser browser, String id, String text) {
        if (text != null) {
            browser.type(id, text);
        }
    }
}
