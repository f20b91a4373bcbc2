package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.loginToHome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bss.system.portal.support.TestOrganizations;
import org.bss.system.portal.support.TestOrganizations.StoredImport;
import org.bss.system.portal.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Account &gt; Import users (USR-5, App. F) in headless Chromium as the administrator of a test organization: a small
 * file with a bad line (imported except that line, which is listed with its reason), and a 10,000-line file with 10
 * bad lines (progress visible while it runs; the import rate is measured from the import's start and end).
 */
class AccountImportIT {

    static final int BIG_ROWS = 10_000;
    static final Duration BIG_IMPORT_TIMEOUT = Duration.ofMinutes(Long.getLong("bss.import.timeoutMinutes", 15));

    private static TestOrganization org;

    @BeforeAll
    static void organization() {
        TestMailServer.start(); // every imported user gets a mail with the initial password
        org = TestOrganizations.create(TestMailServer.address("acct-import-admin"));
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @Test
    void importWithABadLineImportsTheOthersAndListsTheRejectedLine() throws IOException {
        String run = "st-imp-" + UUID.randomUUID().toString().substring(0, 6);
        String firstMail = TestMailServer.address("acct-import-1");
        Path csv = write(
                run,
                String.join(
                                "\n",
                                run + "-1," + firstMail + ",en,MS,Anna,One,SUBSCRIPTION_MANAGER",
                                run + "-2," + run
                                        + "-2@bss.test,de,MR,\"Bernd, Jr.\",Two,\"SUBSCRIPTION_MANAGER, ORGANIZATION_ADMIN\"",
                                "",
                                run + "-3,not-an-email,en,,,,SUBSCRIPTION_MANAGER",
                                run + "-4," + run + "-4@bss.test,ja,,山田,花子,SUBSCRIPTION_MANAGER")
                        + "\n");
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "Account", "Import users");
            assertThat(admin.pageTitle()).isEqualTo("Import users");
            admin.driver.findElement(By.id("formatHelp")).click();
            admin.screenshot("account-20-import");
            upload(admin, csv);

            awaitFinished(admin, Duration.ofMinutes(2), new ArrayList<>());
            assertThat(text(admin, "resultForm:importStatus")).isEqualTo("Finished");
            assertThat(text(admin, "resultText")).startsWith("Imported users: 3. Rejected lines: 1.");
            List<List<String>> rejected = rejectedRows(admin);
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0).get(0)).isEqualTo("4");
            assertThat(rejected.get(0).get(1)).isEqualTo(run + "-3");
            assertThat(rejected.get(0).get(2)).contains("e-mail address").contains("not-an-email");
            admin.screenshot("account-21-import-result");
            // the import is listed among the recent ones
            assertThat(admin.driver
                            .findElements(By.cssSelector("[id='resultForm:recent_data'] tr"))
                            .get(0)
                            .getText())
                    .contains("Finished")
                    .contains("4")
                    .contains("3")
                    .contains("1");
        });
        assertThat(TestOrganizations.userExists(run + "-1")).isTrue();
        assertThat(TestOrganizations.userExists(run + "-4")).isTrue();
        assertThat(TestOrganizations.userExists(run + "-3")).isFalse();
        assertThat(TestMailServer.subject(TestMailServer.awaitMail(firstMail, AccountSteps.MAIL_WAIT)))
                .isEqualTo("Your BSS user account");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() throws IOException {
        String run = "st-imp-latin1-" + UUID.randomUUID().toString().substring(0, 6);
        Path csv = Files.createDirectories(Path.of("target", "account-import"))
                .resolve(run + ".csv")
                .toAbsolutePath();
        Files.write(
                csv,
                (run + ",m\u00fcller@bss.test,de,MR,J\u00fcrgen,M\u00fcller,SUBSCRIPTION_MANAGER\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            admin.open("/account/import.xhtml");
            admin.driver
                    .findElement(By.cssSelector("[id='importForm'] input[type=file]"))
                    .sendKeys(csv.toString());
            admin.clickAndWaitForPage("importForm:start");
            assertThat(admin.driver.getCurrentUrl()).doesNotContain("id=");
            assertThat(admin.driver
                            .findElement(By.cssSelector("[id='importForm'] .ui-message-error"))
                            .getText())
                    .contains("not valid UTF-8")
                    .contains("line 1");
            admin.screenshot("account-24-import-not-utf8");
        });
        assertThat(TestOrganizations.userExists(run)).isFalse();
    }

    @Test
    void tenThousandLinesCompleteWithProgressShownAndTheBadLinesReported() throws IOException {
        String run = "st-10k-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder content = new StringBuilder();
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < BIG_ROWS; i++) {
            String userId = run + "-" + i;
            boolean bad = i % 1000 == 500;
            if (bad) {
                badLines.add(i + 1);
            }
            content.append(userId)
                    .append(',')
                    .append(bad ? "broken-address-" + i : userId + "@bss.test")
                    .append(",en,,User,")
                    .append(i)
                    .append(",SUBSCRIPTION_MANAGER\n");
        }
        Path csv = write(run, content.toString());
        List<String> progress = new ArrayList<>();
        String[] importId = new String[1];
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            admin.open("/account/import.xhtml");
            upload(admin, csv);
            importId[0] = text(admin, "resultForm:importId");
            awaitFinished(admin, BIG_IMPORT_TIMEOUT, progress);
            assertThat(text(admin, "resultForm:importStatus")).isEqualTo("Finished");
            assertThat(text(admin, "resultText")).startsWith("Imported users: 9,990. Rejected lines: 10.");
            List<List<String>> rejected = rejectedRows(admin);
            assertThat(rejected).extracting(r -> Integer.parseInt(r.get(0))).containsExactlyElementsOf(badLines);
            assertThat(rejected).allSatisfy(r -> assertThat(r.get(2)).contains("broken-address-"));
            admin.screenshot("account-23-import-10000-result");
        });
        System.out.println("AccountImportIT: progress seen while the 10,000-line import ran: " + progress);
        assertThat(progress)
                .as("the page showed the import running (status and a value below 100 %)")
                .anyMatch(p -> p.startsWith("Running") && !p.endsWith(" 100%"));

        StoredImport stored = TestOrganizations.storedImport(importId[0]);
        assertThat(stored.status()).isEqualTo("DONE");
        assertThat(stored.totalRows()).isEqualTo(BIG_ROWS);
        assertThat(stored.importedUsers()).isEqualTo(BIG_ROWS - 10);
        assertThat(stored.rejectedRows()).isEqualTo(10);
        double seconds = stored.duration().toMillis() / 1000.0;
        System.out.printf(
                Locale.ROOT,
                "AccountImportIT: 10,000-line import through the portal: %d users in %.1f s = %.0f users/s%n",
                stored.importedUsers(),
                seconds,
                stored.importedUsers() / seconds);
        awaitImportMails(run, BIG_ROWS - 10);
    }

    // ------------------------------------------------------------------------------------------

    static Path write(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "account-import"));
        Path file = dir.resolve(name + ".csv").toAbsolutePath();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Chooses the file and starts the import; the page then shows the import by its id. */
    static void upload(PortalBrowser browser, Path csv) {
        browser.driver
                .findElement(By.cssSelector("[id='importForm'] input[type=file]"))
                .sendKeys(csv.toString());
        browser.clickAndWaitForPage("importForm:start");
        assertThat(browser.currentPath()).isEqualTo("/account/import.xhtml");
        assertThat(browser.driver.getCurrentUrl())
                .as("messages %s", browser.globalMessages())
                .contains("id=");
    }

    /**
     * Waits until the import's status is no longer "Running", noting each state the page shows on the way as
     * "status percent" (e.g. "Running 12%"); the page itself polls every second.
     */
    static void awaitFinished(PortalBrowser browser, Duration timeout, List<String> seen) {
        new WebDriverWait(browser.driver, timeout, Duration.ofMillis(250)).until(d -> {
            try {
                String state = text(browser, "resultForm:importStatus") + " "
                        + browser.driver
                                .findElement(By.cssSelector("[id='resultForm:progress'] .ui-progressbar-label"))
                                .getText();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                    seen.add(state);
                    if (seen.size() == 2 && state.startsWith("Running")) {
                        browser.screenshot("account-22-import-running");
                    }
                }
                return !state.startsWith("Running");
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false; // the poll is re-rendering the panel
            }
        });
        browser.waitForAjax();
    }

    static String text(PortalBrowser browser, String id) {
        return browser.byId(id).getText();
    }

    /** Rows of the rejected-lines table: line, user id, reason. */
    static List<List<String>> rejectedRows(PortalBrowser browser) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.driver.findElements(By.cssSelector("[id='resultForm:rejected_data'] tr"))) {
            rows.add(List.of(
                    tr.findElement(By.cssSelector(".rejected-line")).getText(),
                    tr.findElement(By.cssSelector(".rejected-user")).getText(),
                    tr.findElement(By.cssSelector(".rejected-reason")).getText()));
        }
        return rows;
    }

    /**
     * Every imported user gets a mail; waits (a while, not failing) until the test mail server has them, so that the
     * server's mail queue is not left with thousands of mails for a server that stops with this JVM.
     */
    static void awaitImportMails(String run, int expected) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(5).toNanos();
        int received = 0;
        while (System.nanoTime() < deadline) {
            received = (int) java.util.Arrays.stream(TestMailServer.start().getReceivedMessages())
                    .filter(m -> recipients(m).contains(run))
                    .count();
            if (received >= expected) {
                break;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "AccountImportIT: %d of %d import mails received %.0f s after the import ended%n",
                received,
                expected,
                (System.nanoTime() - start) / 1e9);
    }

    private static String recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
