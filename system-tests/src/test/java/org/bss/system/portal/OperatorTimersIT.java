package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.support.TestTimers;
import org.bss.system.support.TestTimers.Due;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Operation &gt; Manage timers (App. G.5, guide §3.4.3–3.4.4) in headless Chromium: every timer with its next
 * expiration as due_work stores it (in TIME_ZONE_ID, set to GMT+09:00 for the test) or "Disabled"; "Re-initialise"
 * asks first (cancel changes nothing) and then brings a schedule made stale behind BSS's back ({@link TestTimers}) in
 * line, showing the new expirations; German texts; the 403 page for a user without the operator role. Settings are
 * put back and the timers re-initialised.
 */
class OperatorTimersIT {

    static final ZoneOffset ZONE = ZoneOffset.ofHours(9);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private static TestUser operator;
    private static OperatorSettings.Previous timeZone;

    @BeforeAll
    static void setUp() {
        operator = TestUsers.operator();
        timeZone = OperatorSettings.set("TIME_ZONE_ID", "GMT+09:00");
    }

    @AfterAll
    static void cleanUp() {
        OperatorSettings.restore(timeZone);
        TestUsers.delete(operator);
    }

    /** What the table shows per kind: the next expiration, or the text of a disabled timer. */
    static Map<String, String> shown(PortalBrowser browser) {
        browser.waitForAjax();
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#timersForm\\:timers tbody tr"))) {
            String kind = row.findElement(By.cssSelector(".timer-kind")).getText();
            List<WebElement> next = row.findElements(By.cssSelector(".timer-next"));
            shown.put(
                    kind,
                    next.isEmpty()
                            ? row.findElement(By.cssSelector(".timer-disabled")).getText()
                            : next.get(0).getText());
        }
        return shown;
    }

    /** What the table must show for the timers as stored now. */
    static Map<String, String> expected(String disabled) {
        Map<String, Due> stored = TestTimers.stored();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String kind : TestTimers.ORIGINAL_TYPE.keySet()) {
            Due due = stored.get(kind);
            expected.put(kind, due.enabled() ? TIME.format(due.nextDueAt().atZone(ZONE)) : disabled);
        }
        return expected;
    }

    @Test
    void operatorSeesTheTimersAndReinitialisesThemAfterAConfirmation() {
        OperatorSettings.Previous previous = TestTimers.staleOffset(9 * 60 + 50);
        long offset = TestTimers.storedOffset();
        boolean[] restored = {false};
        try {
            inBrowser("en", browser -> {
                loginToHome(browser, operator.userId(), operator.password());
                assertThat(browser.driver.findElements(By.id("tileTimers")))
                        .as("home tile")
                        .hasSize(1);
                PortalSteps.openMenu(browser, "Operation", "Manage timers");
                assertThat(browser.currentPath()).isEqualTo("/operator/timers.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Manage timers");
                assertThat(browser.driver.findElement(By.className("bss-intro")).getText())
                        .contains("GMT+09:00");
                assertThat(shown(browser)).containsExactlyEntriesOf(expected("Disabled"));
                assertThat(texts(browser, "#timersForm\\:timers .timer-name"))
                        .containsExactly(
                                "Unconfirmed organizations",
                                "Subscription expiration",
                                "Tenant provisioning timeout",
                                "Billing and revenue share",
                                "Discount end notification",
                                "Inactive on-behalf users");
                assertThat(texts(browser, "#timersForm\\:timers .timer-keys"))
                        .contains(
                                "TIMER_INTERVAL_BILLING_OFFSET",
                                "TIMER_INTERVAL_ORGANIZATION",
                                "TIMER_INTERVAL_ORGANIZATION_OFFSET");
                browser.screenshot("operator-30-timers");

                // Re-initialise asks first; Cancel leaves the stale schedule alone.
                Due stale = TestTimers.stored(TestTimers.KIND);
                browser.click("timersForm:reinit");
                WebElement question =
                        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reinitQuestion")));
                assertThat(question.getText())
                        .isEqualTo("Re-initialise every timer from the current settings? "
                                + "Each timer's next expiration is computed again from now.");
                browser.screenshot("operator-31-timers-confirm");
                browser.click("reinitForm:cancelReinit");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("reinitDialog")));
                assertThat(TestTimers.stored(TestTimers.KIND)).isEqualTo(stale);

                // Confirmed: the schedule follows the settings, and the table shows the new expirations.
                Instant before = Instant.now();
                browser.click("timersForm:reinit");
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reinitQuestion")));
                clickAjax(browser, "reinitForm:confirmReinit");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("reinitDialog")));
                assertThat(browser.globalMessages())
                        .contains("The timers have been re-initialised; the table shows their new expirations.");
                TestTimers.assertScheduledDailyAt(offset, before);
                assertThat(shown(browser))
                        .containsExactlyEntriesOf(expected("Disabled"))
                        .containsEntry(
                                TestTimers.KIND,
                                TIME.format(TestTimers.stored(TestTimers.KIND)
                                        .nextDueAt()
                                        .atZone(ZONE)));
                browser.screenshot("operator-32-timers-reinitialised");

                // Put the setting back and re-initialise again through the page.
                OperatorSettings.restore(previous);
                browser.click("timersForm:reinit");
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reinitQuestion")));
                clickAjax(browser, "reinitForm:confirmReinit");
                browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("reinitDialog")));
                assertThat(TestTimers.stored(TestTimers.KIND).offsetMillis()).isNotEqualTo(offset);
                restored[0] = true;
            });
        } finally {
            if (!restored[0]) {
                OperatorSettings.restore(previous);
            }
        }
    }

    @Test
    void timersInGerman() {
        inBrowser("de", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "Betrieb", "Timer verwalten");
            assertThat(browser.pageTitle()).isEqualTo("Timer verwalten");
            assertThat(shown(browser)).containsExactlyEntriesOf(expected("Deaktiviert"));
            assertThat(
                            browser
                                    .driver
                                    .findElements(By.cssSelector("#timersForm\\:timers thead th .ui-column-title"))
                                    .stream()
                                    .map(WebElement::getText)
                                    .toList())
                    .contains("Timer", "Nächster Ablauf", "Letzte Ausführung");
            browser.click("timersForm:reinit");
            assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reinitQuestion")))
                            .getText())
                    .startsWith("Alle Timer aus den aktuellen Einstellungen neu initialisieren?");
            browser.screenshot("operator-33-timers-de");
            browser.click("reinitForm:cancelReinit");
        });
    }

    @Test
    void userWithoutOperatorRoleGetsTheAccessDeniedPage() {
        TestUser plain = TestUsers.plainUser();
        try {
            inBrowser("en", browser -> {
                loginToHome(browser, plain.userId(), plain.password());
                assertThat(browser.driver.findElements(By.id("tileTimers"))).isEmpty();
                assertThat(browser.driver.findElements(By.id("tileCurrencies"))).isEmpty();
                for (String page : List.of("/operator/timers.xhtml", "/operator/currencies.xhtml")) {
                    browser.open(page);
                    assertThat(browser.pageTitle()).as(page).isEqualTo("Access denied");
                    assertThat(browser.driver.findElements(
                                    By.cssSelector("form[id='timersForm'], form[id='currencyForm']")))
                            .isEmpty();
                    assertThat(OperatorSteps.statusOfCurrentPage(browser))
                            .as(page)
                            .isEqualTo(403L);
                }
                browser.screenshot("operator-34-timers-403");
            });
        } finally {
            TestUsers.delete(plain);
        }
    }
}
