package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bss.system.portal.support.TestOrganizations;
import org.bss.system.portal.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Operation &gt; Failed mails in headless Chromium: a password-recovery mail requested while the SMTP server is down
 * is listed as waiting for its next attempt; with the server back, "Re-send" sends it at once (with its recovery link,
 * which the list never shows) and it leaves the list.
 */
class OperatorParkedMailsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static TestOrganization org;
    private static TestUser operator;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start();
        org = TestOrganizations.create(TestMailServer.address("op-failed-mail"));
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        TestMailServer.restart();
        TestUsers.delete(operator);
        TestOrganizations.delete(org);
    }

    /** The state of the failed mail to the address as dead_task stores it, once there is one. */
    private static Optional<String> storedState(String address) {
        return TestDatabase.with(c -> {
            try (var s = c.prepareStatement("select state from dead_task where kind = 'mail' and payload like ?")) {
                s.setString(1, "%" + address + "%");
                try (var r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static void awaitStored(String address, boolean present) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (storedState(address).isPresent() != present) {
            assertThat(System.nanoTime())
                    .as("failed mail to %s %s", address, present ? "listed" : "gone")
                    .isLessThan(deadline);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static WebElement row(PortalBrowser browser, String address) {
        browser.waitForAjax();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#mailsForm\\:mails tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector(".mail-recipient")).stream()
                        .anyMatch(e -> e.getText().equals(address)))
                .toList();
        assertThat(rows).as("row of %s", address).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theOperatorSeesAFailedMailAndResendsIt() {
        String address = org.adminEmail();
        try {
            TestMailServer.stop();
            inBrowser("en", browser -> {
                AccountRecoveryIT.requestRecovery(browser, org.admin().userId());
                awaitStored(address, true);

                loginToHome(browser, operator.userId(), operator.password());
                assertThat(browser.driver.findElements(By.id("tileParkedMails")))
                        .as("home tile")
                        .hasSize(1);
                PortalSteps.openMenu(browser, "Operation", "Failed mails");
                assertThat(browser.currentPath()).isEqualTo("/operator/mails.xhtml");
                assertThat(browser.pageTitle()).isEqualTo("Failed mails");
                WebElement failed = row(browser, address);
                assertThat(failed.findElement(By.cssSelector(".mail-template")).getText())
                        .isEqualTo("PASSWORD_RECOVERY");
                assertThat(failed.findElement(By.cssSelector(".mail-user")).getText())
                        .isEqualTo(org.admin().userId());
                assertThat(failed.findElement(By.cssSelector(".mail-state")).getText())
                        .isEqualTo("Waiting for the next attempt");
                assertThat(failed.findElement(By.cssSelector(".mail-next")).getText())
                        .isNotBlank();
                assertThat(failed.getText()).doesNotContain("recover.xhtml");
                browser.screenshot("operator-60-failed-mails");

                TestMailServer.restart();
                failed.findElement(By.cssSelector("button[id$=':resend']")).click();
                awaitMessage(browser, "The mail to " + address + " has been put on the queue again.");

                MimeMessage mail = TestMailServer.awaitMail(address, WAIT);
                assertThat(TestMailServer.subject(mail)).isEqualTo("Choose a new BSS password");
                assertThat(TestMailServer.body(mail))
                        .contains("/bss-portal/recover.xhtml?token=")
                        .doesNotContain("(removed)");
                awaitStored(address, false);

                browser.click("mailsForm:refresh");
                browser.waitForAjax();
                assertThat(browser.driver.findElements(By.cssSelector("#mailsForm\\:mails .mail-recipient")).stream()
                                .map(WebElement::getText))
                        .doesNotContain(address);
            });
        } finally {
            TestMailServer.restart();
        }
    }
}
