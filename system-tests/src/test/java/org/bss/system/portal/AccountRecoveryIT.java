package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.loginToHome;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bss.system.portal.support.TestOrganizations;
import org.bss.system.portal.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Forgot password" (USR-3) end to end in headless Chromium: the login page's dialog answers the same for an existing,
 * an unknown and a locked user id; only the existing active user gets a mail, whose link leads to /recover.xhtml where
 * the new password is set once; the user then logs in with it.
 */
class AccountRecoveryIT {

    static final String REQUESTED =
            "If the user ID exists and its password may be reset, a mail with a link has been sent"
                    + " to its e-mail address.";
    static final String RECOVERED_PASSWORD = "Recovered-IT-2025-pw";

    private static TestOrganization org;

    @BeforeAll
    static void organization() {
        TestMailServer.start();
        org = TestOrganizations.create(TestMailServer.address("acct-recovery"));
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @Test
    void forgottenPasswordIsReplacedThroughTheMailedLink() {
        String lockedMail = TestMailServer.address("acct-recovery-locked");
        TestDatabase.with(c -> {
            try (var s =
                    c.prepareStatement("update platform_user set status = 'LOCKED', email = ? where user_id = ?")) {
                s.setString(1, lockedMail);
                s.setString(2, org.manager().userId());
                return s.executeUpdate();
            }
        });
        inBrowser("en", browser -> {
            // Unknown and locked user ids get the same answer as an existing one ...
            for (String userId : new String[] {
                "st-no-such-user-" + org.orgId(),
                org.manager().userId(),
                org.admin().userId()
            }) {
                requestRecovery(browser, userId);
            }
            browser.screenshot("account-31-recovery-requested");

            // ... but only the active user gets a mail.
            MimeMessage mail = TestMailServer.awaitMail(org.adminEmail(), AccountSteps.MAIL_WAIT);
            assertThat(TestMailServer.subject(mail)).isEqualTo("Choose a new BSS password");
            assertThat(TestMailServer.mailsTo(lockedMail))
                    .as("no link for a locked user")
                    .isEmpty();
            Matcher link = Pattern.compile("/bss-portal(/recover\\.xhtml\\?token=\\S+)")
                    .matcher(TestMailServer.body(mail));
            assertThat(link.find()).as(TestMailServer.body(mail)).isTrue();

            // Without a token the page only points back to the login page.
            browser.open("/recover.xhtml");
            assertThat(browser.byId("noToken").getText()).contains("needs the link from the password mail");

            browser.open(link.group(1));
            assertThat(browser.pageTitle()).isEqualTo("Forgot password");
            assertThat(browser.driver.findElements(By.id("passwordForm:oldPassword")))
                    .as("no old password asked")
                    .isEmpty();
            browser.type("recoverForm:newPassword", RECOVERED_PASSWORD);
            browser.type("recoverForm:confirmation", RECOVERED_PASSWORD + "x");
            browser.screenshot("account-32-recover");
            browser.clickAndWaitForPage("recoverForm:change");
            assertThat(AccountSteps.bodyText(browser)).contains("The new password and its confirmation do not match.");
            browser.type("recoverForm:newPassword", RECOVERED_PASSWORD);
            browser.type("recoverForm:confirmation", RECOVERED_PASSWORD);
            browser.clickAndWaitForPage("recoverForm:change");
            assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
            assertThat(browser.globalMessages())
                    .contains("Your password has been changed. You can log in with it now.");
            browser.screenshot("account-33-recovered");

            loginToHome(browser, org.admin().userId(), RECOVERED_PASSWORD);
            browser.clickAndWaitForPage("headerForm:logout");

            // The link works once.
            browser.open(link.group(1));
            browser.type("recoverForm:newPassword", RECOVERED_PASSWORD + "2");
            browser.type("recoverForm:confirmation", RECOVERED_PASSWORD + "2");
            browser.clickAndWaitForPage("recoverForm:change");
            assertThat(AccountSteps.bodyText(browser))
                    .contains("This password recovery link is invalid, used or expired.");
        });
        assertThat(TestMailServer.mailsTo(lockedMail)).isEmpty();
    }

    static void requestRecovery(PortalBrowser browser, String userId) {
        browser.open("/login.xhtml");
        browser.click("forgotPassword");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryForm:recoveryUserId")));
        browser.type("recoveryForm:recoveryUserId", userId);
        browser.click("recoveryForm:sendRecovery");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("recoveryDialog")));
        assertThat(awaitMessage(browser, REQUESTED)).containsExactly(REQUESTED);
    }
}
