package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bss.system.portal.OperatorSteps.Registered;
import org.bss.system.portal.operator.OperatorOrganizations;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Operation &gt; Export audit log (App. G.5, guide §4.2, AUD-3) in headless Chromium: "Show" and "Save as file" for
 * today, the cap of AUDIT_LOG_MAX_ENTRIES_RETRIEVED, a reversed period, German texts.
 *
 * <p>The shared database holds any number of older entries, so the test makes its own day: it sets TIME_ZONE_ID to
 * a GMT offset in which the day began a minute ago, turns AUDIT_LOG_ENABLED on, and registers an organization
 * (Japanese name) and sets its distinguished name through the portal; "today" then holds those two entries (and
 * whatever else happened in the last minute). Settings are put back and the organization deleted afterwards.
 */
class OperatorAuditLogIT {

    static final String LINE = "\\d{2}/\\d{2}/\\d{4}_\\d{2}:\\d{2}:\\d{2}\\.\\d{3},FSP_INTS-BSS,INFO,\\d{5},[^,]+,.*";

    private static TestUser operator;
    private static final List<OperatorSettings.Previous> SETTINGS = new CopyOnWriteArrayList<>();
    private static final List<String> ORGANIZATIONS = new CopyOnWriteArrayList<>();
    private static LocalDate today;

    @BeforeAll
    static void setUp() {
        operator = TestUsers.operator();
        SETTINGS.add(OperatorSettings.set("AUDIT_LOG_ENABLED", "true"));
        // A zone in which it is now a minute past midnight (GMT offsets of any minute, within ±18 h).
        Instant now = Instant.now();
        int minuteOfDay = now.atZone(ZoneOffset.UTC).getHour() * 60
                + now.atZone(ZoneOffset.UTC).getMinute();
        int offset = Math.floorMod(1 - minuteOfDay, 1440);
        if (offset > 18 * 60) {
            offset -= 1440;
        }
        SETTINGS.add(OperatorSettings.set(
                "TIME_ZONE_ID",
                String.format("GMT%s%02d:%02d", offset < 0 ? "-" : "+", Math.abs(offset) / 60, Math.abs(offset) % 60)));
        today = ZonedDateTime.ofInstant(now, ZoneOffset.ofTotalSeconds(offset * 60))
                .toLocalDate();
    }

    @AfterAll
    static void cleanUp() {
        OperatorOrganizations.delete(ORGANIZATIONS);
        for (int i = SETTINGS.size() - 1; i >= 0; i--) {
            OperatorSettings.restore(SETTINGS.get(i));
        }
        TestUsers.delete(operator);
    }

    @Test
    void operatorShowsAndSavesTodaysAuditLog() throws IOException {
        String suffix = OperatorOrganizations.suffix();
        String name = "監査テスト株式会社 " + suffix;
        Path downloads = Files.createTempDirectory(Path.of("target"), "audit-downloads-");
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            Registered org = OperatorSteps.register(browser, OperatorSteps.supplier(name, suffix));
            ORGANIZATIONS.add(org.orgId());
            OperatorSteps.openOrganization(browser, org.orgId());
            browser.type("dnForm:distinguishedName", "CN=st-audit-" + suffix + ",O=BSS System Test,C=JP");
            clickAjax(browser, "dnForm:setDn");
            assertThat(browser.globalMessages())
                    .contains("The distinguished name of the organization " + org.orgId() + " has been set.");

            PortalSteps.openMenu(browser, "Operation", "Export audit log");
            assertThat(browser.currentPath()).isEqualTo("/operator/audit-log.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("Export audit log");
            assertThat(dateInput(browser, "from"))
                    .as("from defaults to today in TIME_ZONE_ID")
                    .isEqualTo(today.toString());
            assertThat(dateInput(browser, "to")).isEqualTo(today.toString());
            browser.screenshot("operator-20-audit-log");

            // Show: the lines of today, oldest first, with our two entries.
            clickAjax(browser, "auditForm:show");
            assertThat(String.join(" ", browser.globalMessages()))
                    .matches(".*Audit log entries from " + today + " to " + today + ": \\d+\\..*");
            showAllRows(browser);
            List<String> operations = texts(browser, "#auditForm\\:lines .audit-operation");
            List<String> pairs = texts(browser, "#auditForm\\:lines .audit-pairs");
            int created = indexOf(pairs, "organizationId=" + org.orgId() + "|organizationName=" + name);
            assertThat(created).as("Create organization entry in %s", pairs).isNotNegative();
            assertThat(operations.get(created)).isEqualTo("Create organization");
            assertThat(texts(browser, "#auditForm\\:lines .audit-id").get(created))
                    .isEqualTo("39000");
            assertThat(pairs.get(created)).startsWith("userId=" + operator.userId() + "|");
            int dn = indexOf(
                    pairs,
                    "organizationId=" + org.orgId() + "|organizationName=" + name + "|distinguishedName=CN=st-audit-");
            assertThat(operations.get(dn)).isEqualTo("Set distinguished name");
            assertThat(dn).as("oldest first").isGreaterThan(created);
            browser.screenshot("operator-21-audit-log-shown");

            // Save as file: the same lines as text, auditlog_<from>_<to>.txt.
            OperatorSteps.downloadsTo(browser, downloads);
            browser.click("auditForm:save");
            Path file = downloads.resolve("auditlog_" + today + "_" + today + ".txt");
            browser.waitFor(d -> Files.isRegularFile(file) && noPartialDownloads(downloads));
            List<String> lines = read(file);
            assertThat(lines).hasSize(operations.size()).allMatch(l -> l.matches(LINE));
            assertThat(lines)
                    .anyMatch(l -> l.contains(",39000,Create organization,userId=" + operator.userId() + "|")
                            && l.contains("|organizationId=" + org.orgId() + "|organizationName=" + name + "|"));
            assertThat(lines.stream().map(l -> l.split(",", 6)[4]).toList()).isEqualTo(operations);

            // More entries than AUDIT_LOG_MAX_ENTRIES_RETRIEVED: asked to narrow the period, for Show and Save.
            OperatorSettings.Previous cap = OperatorSettings.set("AUDIT_LOG_MAX_ENTRIES_RETRIEVED", "1");
            try {
                clickAjax(browser, "auditForm:show");
                assertThat(String.join(" ", browser.globalMessages()))
                        .matches(".*The period contains \\d+ audit log entries, "
                                + "more than the 1 that can be exported at once\\. Choose a shorter period\\..*");
                assertThat(browser.driver.findElements(By.id("auditForm:lines")))
                        .isEmpty();
                browser.screenshot("operator-22-audit-log-too-many");
                browser.clickAndWaitForPage("auditForm:save");
                assertThat(String.join(" ", browser.globalMessages())).contains("Choose a shorter period.");
                assertThat(files(downloads)).as("nothing more downloaded").containsExactly(file);
            } finally {
                OperatorSettings.restore(cap);
            }
        });
    }

    @Test
    void reversedPeriodIsRefusedInEnglishAndGerman() {
        LocalDate tomorrow = today.plusDays(1);
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            browser.open("/operator/audit-log.xhtml");
            typeDate(browser, "from", tomorrow.toString());
            clickAjax(browser, "auditForm:show");
            assertThat(browser.globalMessages())
                    .contains("The start date " + tomorrow + " is after the end date " + today + ".");
            assertThat(browser.driver.findElements(By.id("auditForm:lines"))).isEmpty();
            browser.screenshot("operator-23-audit-log-reversed");
        });
        inBrowser("de", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "Betrieb", "Audit-Log exportieren");
            assertThat(browser.pageTitle()).isEqualTo("Audit-Log exportieren");
            typeDate(browser, "from", tomorrow.toString());
            browser.clickAndWaitForPage("auditForm:save");
            assertThat(browser.globalMessages())
                    .contains("Das Anfangsdatum " + tomorrow + " liegt nach dem Enddatum " + today + ".");
            browser.screenshot("operator-24-audit-log-reversed-de");
        });
    }

    private static String dateInput(PortalBrowser browser, String id) {
        return browser.byId("auditForm:" + id + "_input").getAttribute("value");
    }

    private static void typeDate(PortalBrowser browser, String id, String date) {
        var input = browser.byId("auditForm:" + id + "_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ESCAPE);
        browser.driver.findElement(By.id("pageTitle")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel")));
    }

    /** Shows up to 100 rows on one page (the most an export holds by AUDIT_LOG_MAX_ENTRIES_RETRIEVED). */
    private static void showAllRows(PortalBrowser browser) {
        new Select(browser.driver.findElement(By.cssSelector("#auditForm\\:lines .ui-paginator-rpp-options")))
                .selectByValue("100");
        browser.waitForAjax();
        browser.waitFor(d -> texts(browser, "#auditForm\\:lines .audit-operation")
                        .size()
                == Math.min(
                        100,
                        Integer.parseInt(d.findElement(By.cssSelector("#auditForm\\:lines .ui-paginator-current"))
                                .getText()
                                .replaceAll(".* of ", ""))));
    }

    private static int indexOf(List<String> pairs, String part) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean noPartialDownloads(Path dir) {
        return files(dir).stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
