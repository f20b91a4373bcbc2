package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.answerConfirmation;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.AccountSteps.choose;
import static org.bss.system.portal.AccountSteps.clickRowButton;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.isChecked;
import static org.bss.system.portal.AccountSteps.login;
import static org.bss.system.portal.AccountSteps.loginToHome;
import static org.bss.system.portal.AccountSteps.mailValue;
import static org.bss.system.portal.AccountSteps.openUsers;
import static org.bss.system.portal.AccountSteps.status;
import static org.bss.system.portal.AccountSteps.userIds;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.bss.system.portal.support.TestOrganizations;
import org.bss.system.portal.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Account &gt; Manage users, Register user, edit user (App. G.1, USR-2..4) in headless Chromium, as the administrator
 * of a test organization of its own ({@link TestOrganizations}): a registered user gets the initial password by mail
 * (GreenMail) and must change it; lock (mail, login refused), unlock (mail), reset (mail, forced change); the
 * last-administrator rule; delete with confirmation; paging, sorting and the filter; a subscription manager gets the
 * 403 page. Screenshots: target/screenshots/account-*.png.
 */
class AccountUsersIT {

    static final String NEW_PASSWORD = "Account-IT-2025-pw";
    static final String SECOND_PASSWORD = "Account-IT-2025-pw2";

    private static TestOrganization org;

    @BeforeAll
    static void organization() {
        TestMailServer.start();
        org = TestOrganizations.create(TestMailServer.address("acct-admin"));
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org);
    }

    @Test
    void registeredUserMustChangeThePasswordAndIsLockedUnlockedAndReset() {
        String userId = "st-acct-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = TestMailServer.address("acct-user");
        String[] password = new String[1];
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "Account", "Register user");
            assertThat(admin.pageTitle()).isEqualTo("Register user");
            admin.type("userForm:userId", userId);
            admin.type("userForm:email", email);
            choose(admin, "userForm:locale", "de");
            choose(admin, "userForm:salutation", "MS");
            admin.type("userForm:firstName", "Erika");
            admin.type("userForm:lastName", "Mustermann");
            assertThat(admin.driver.findElements(By.cssSelector("[id='userForm:roles'] input[type=checkbox]")))
                    .extracting(e -> e.getAttribute("value"))
                    .containsExactlyInAnyOrder("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER");
            choose(admin, "userForm:roles", "SUBSCRIPTION_MANAGER");
            admin.screenshot("account-01-register-user");
            admin.clickAndWaitForPage("userForm:create");
            assertThat(admin.currentPath())
                    .as("messages %s", admin.globalMessages())
                    .isEqualTo("/account/users.xhtml");
            assertThat(admin.globalMessages())
                    .contains("The user " + userId + " has been registered; the initial password was sent to " + email
                            + ".");
            AccountSteps.filterUsers(admin, userId);
            assertThat(userIds(admin)).containsExactly(userId);
            assertThat(status(admin, userId)).contains("Active").contains("Must change password");
            admin.screenshot("account-02-users-registered");

            // The initial password comes by mail, in the user's language (de).
            MimeMessage created = TestMailServer.awaitMail(email, AccountSteps.MAIL_WAIT);
            assertThat(TestMailServer.subject(created)).isEqualTo("Ihr BSS-Benutzerkonto");
            password[0] = mailValue(created, "Initialkennwort:");

            // First login: the password must be changed before anything else.
            inBrowser("en", user -> {
                login(user, userId, password[0]);
                assertThat(user.currentPath()).isEqualTo("/password.xhtml");
                user.open("/account/profile.xhtml");
                assertThat(user.currentPath()).isEqualTo("/password.xhtml");
                PortalSteps.changePassword(user, password[0], NEW_PASSWORD);
            });

            // Lock, with confirmation: the user is told by mail and cannot log in.
            openUsers(admin, userId);
            assertThat(status(admin, userId)).doesNotContain("Must change password");
            clickRowButton(admin, userId, "lock");
            String question = answerConfirmation(admin, true, "account-03-confirm-lock");
            assertThat(question).contains("lock the user " + userId);
            awaitMessage(admin, "The user " + userId + " has been locked.");
            assertThat(status(admin, userId)).contains("Locked");
            admin.screenshot("account-04-user-locked");
            assertThat(TestMailServer.subject(TestMailServer.awaitMails(email, 2, AccountSteps.MAIL_WAIT)
                            .get(1)))
                    .isEqualTo("Ihr BSS-Benutzerkonto wurde gesperrt");
            inBrowser("en", user -> {
                login(user, userId, NEW_PASSWORD);
                assertThat(user.currentPath()).isEqualTo("/login.xhtml");
                assertThat(user.globalMessages()).containsExactly(PortalSteps.LOGIN_FAILED);
            });

            // Unlock (no confirmation needed): mail, and the login works again.
            clickRowButton(admin, userId, "unlock");
            awaitMessage(admin, "The user " + userId + " has been unlocked.");
            assertThat(status(admin, userId)).contains("Active");
            assertThat(TestMailServer.subject(TestMailServer.awaitMails(email, 3, AccountSteps.MAIL_WAIT)
                            .get(2)))
                    .isEqualTo("Ihr BSS-Benutzerkonto wurde entsperrt");
            inBrowser("en", user -> loginToHome(user, userId, NEW_PASSWORD));

            // Reset the password: "Cancel" changes nothing; confirmed, a temporary password comes by mail.
            clickRowButton(admin, userId, "reset");
            answerConfirmation(admin, false, null);
            assertThat(status(admin, userId)).doesNotContain("Must change password");
            clickRowButton(admin, userId, "reset");
            assertThat(answerConfirmation(admin, true, "account-05-confirm-reset"))
                    .contains("reset the password of " + userId);
            awaitMessage(admin, "The password of " + userId + " has been reset");
            assertThat(status(admin, userId)).contains("Must change password");
            MimeMessage reset =
                    TestMailServer.awaitMails(email, 4, AccountSteps.MAIL_WAIT).get(3);
            assertThat(TestMailServer.subject(reset)).isEqualTo("Ihr BSS-Kennwort wurde zurückgesetzt");
            String temporary = mailValue(reset, "Vorläufiges Kennwort:");
            inBrowser("en", user -> {
                login(user, userId, NEW_PASSWORD);
                assertThat(user.currentPath())
                        .as("old password no longer valid")
                        .isEqualTo("/login.xhtml");
                login(user, userId, temporary);
                assertThat(user.currentPath()).isEqualTo("/password.xhtml");
                PortalSteps.changePassword(user, temporary, SECOND_PASSWORD);
            });
            assertThat(TestUsers.stored(userKey(userId)).passwordChangeRequired())
                    .isFalse();
        });
    }

    @Test
    void editUserRolesKeepsTheLastAdministratorAndDeleteAsksFirst() {
        String userId = TestOrganizations.addUsers(
                        org,
                        "st-acct-edit-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                        1)
                .get(0);
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());

            // The only administrator cannot give up the role: the service's message, roles unchanged.
            openUsers(admin, org.admin().userId());
            admin.clickAndWaitForPage(admin.driver
                    .findElement(
                            By.xpath(AccountSteps.rowXpath(org.admin().userId()) + "//a[contains(@class,'user-id')]"))
                    .getAttribute("id"));
            assertThat(admin.currentPath()).isEqualTo("/account/user.xhtml");
            assertThat(admin.byId("userForm:userId").getText())
                    .isEqualTo(org.admin().userId());
            assertThat(isChecked(admin, "userForm:roles", "ORGANIZATION_ADMIN")).isTrue();
            choose(admin, "userForm:roles", "ORGANIZATION_ADMIN");
            choose(admin, "userForm:roles", "SUBSCRIPTION_MANAGER");
            admin.click("userForm:save");
            awaitMessage(admin, "The organization must keep at least one administrator.");
            admin.screenshot("account-06-last-administrator");
            assertThat(isChecked(admin, "userForm:roles", "ORGANIZATION_ADMIN"))
                    .as("roles as stored")
                    .isTrue();

            // Another user: new last name and an added role are saved.
            admin.open("/account/user.xhtml?id=" + userId);
            admin.type("userForm:lastName", "Geändert");
            choose(admin, "userForm:roles", "ORGANIZATION_ADMIN");
            admin.click("userForm:save");
            awaitMessage(admin, "The user " + userId + " has been saved.");
            admin.screenshot("account-07-user-edited");
            admin.open("/account/user.xhtml?id=" + userId);
            assertThat(admin.input("userForm:lastName").getAttribute("value")).isEqualTo("Geändert");
            assertThat(isChecked(admin, "userForm:roles", "ORGANIZATION_ADMIN")).isTrue();
            assertThat(isChecked(admin, "userForm:roles", "SUBSCRIPTION_MANAGER"))
                    .isTrue();

            // Delete: the administrator cannot delete itself (button disabled); "Cancel" keeps the user.
            openUsers(admin, org.admin().userId());
            assertThat(AccountSteps.row(admin, org.admin().userId())
                            .findElement(By.xpath(".//button[substring(@id, string-length(@id) - 6)=':delete']"))
                            .isEnabled())
                    .isFalse();
            openUsers(admin, userId);
            clickRowButton(admin, userId, "delete");
            assertThat(answerConfirmation(admin, false, "account-08-confirm-delete"))
                    .contains("delete the user " + userId);
            assertThat(userIds(admin)).containsExactly(userId);
            assertThat(TestOrganizations.userExists(userId)).isTrue();
            clickRowButton(admin, userId, "delete");
            answerConfirmation(admin, true, null);
            awaitMessage(admin, "The user " + userId + " has been deleted.");
            assertThat(userIds(admin)).isEmpty();
            assertThat(TestOrganizations.userExists(userId)).isFalse();
        });
    }

    @Test
    void userTablePagesSortsAndFiltersOnTheServer() {
        String prefix = "st-acct-page-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = TestOrganizations.addUsers(org, prefix, 23);
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "Account", "Manage users");
            assertThat(admin.pageTitle()).isEqualTo("Manage users");
            assertThat(userIds(admin)).hasSize(10);
            admin.screenshot("account-09-users");

            AccountSteps.filterUsers(admin, prefix);
            assertThat(userIds(admin)).containsExactlyElementsOf(ids.subList(0, 10));
            assertThat(pageReport(admin)).isEqualTo("1–10 of 23");
            // third page: the last 3
            clickPaginator(admin, "3");
            admin.waitFor(d -> userIds(admin).equals(ids.subList(20, 23)));
            assertThat(pageReport(admin)).isEqualTo("21–23 of 23");
            // sort by user id: ascending, then descending (clicks on the header; from the first page)
            clickPaginator(admin, "1");
            admin.waitFor(d -> userIds(admin).equals(ids.subList(0, 10)));
            sortByUserId(admin);
            admin.waitFor(d -> userIds(admin).equals(ids.subList(0, 10)));
            sortByUserId(admin);
            admin.waitFor(d -> userIds(admin).equals(reversed(ids).subList(0, 10)));
            admin.screenshot("account-10-users-sorted-filtered");
            // a narrower filter
            AccountSteps.filterUsers(admin, prefix + "-01");
            assertThat(userIds(admin)).containsExactlyInAnyOrderElementsOf(ids.subList(10, 20));
            AccountSteps.filterUsers(admin, "no-such-user-" + prefix);
            assertThat(userIds(admin)).isEmpty();
            assertThat(AccountSteps.bodyText(admin)).contains("No user matches the filter.");
        });
    }

    @Test
    void profileSavesOwnDataAndRefusesAStaleVersion() {
        inBrowser(
                "en",
                first -> inBrowser("en", second -> {
                    loginToHome(first, org.manager().userId(), org.manager().password());
                    loginToHome(second, org.manager().userId(), org.manager().password());
                    PortalSteps.openMenu(first, "Account", "Edit profile");
                    assertThat(first.pageTitle()).isEqualTo("Edit profile");
                    assertThat(first.byId("profileForm:userId").getText())
                            .isEqualTo(org.manager().userId());
                    assertThat(first.byId("profileForm:organizationId").getText())
                            .isEqualTo(org.orgId());
                    second.open("/account/profile.xhtml");

                    // The second session saves first ...
                    second.type("profileForm:firstName", "Hanako");
                    choose(second, "profileForm:locale", "ja");
                    second.click("profileForm:save");
                    awaitMessage(second, "Your profile has been saved.");
                    second.screenshot("account-11-profile-saved");

                    // ... so the first one, still on the old version, is refused and may reload.
                    first.type("profileForm:lastName", "Stale");
                    first.click("profileForm:save");
                    awaitMessage(first, "was changed by someone else");
                    first.screenshot("account-12-profile-stale");
                    first.click("profileForm:reload");
                    awaitMessage(first, "The stored data has been loaded again.");
                    assertThat(first.input("profileForm:firstName").getAttribute("value"))
                            .isEqualTo("Hanako");
                    assertThat(first.input("profileForm:lastName").getAttribute("value"))
                            .isEqualTo("Test");
                    assertThat(isChecked(first, "profileForm:locale", "ja")).isTrue();
                    first.type("profileForm:lastName", "Yamada");
                    first.click("profileForm:save");
                    awaitMessage(first, "Your profile has been saved.");
                }));
    }

    @Test
    void organizationProfileShowsTheOwnOrganization() {
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "Account", "Organization profile");
            assertThat(admin.pageTitle()).isEqualTo("Organization profile");
            assertThat(admin.byId("organizationId").getText()).isEqualTo(org.orgId());
            assertThat(Long.parseLong(admin.byId("userCount").getText())).isEqualTo(TestOrganizations.userCount(org));
            assertThat(admin.byId("availableRoles").getText()).contains("Administrator", "Subscription manager");
            admin.screenshot("account-13-organization");
        });
    }

    @Test
    void subscriptionManagerGetsTheAccessDeniedPageForUserManagement() {
        inBrowser("en", manager -> {
            loginToHome(manager, org.manager().userId(), org.manager().password());
            // The menu offers only what every user may do ...
            assertThat(manager.driver.findElements(
                            By.xpath("//form[@id='menuForm']//span[normalize-space()='Manage users']")))
                    .isEmpty();
            assertThat(manager.driver.findElements(
                            By.xpath("//form[@id='menuForm']//span[normalize-space()='Edit profile']")))
                    .isNotEmpty();
            // ... and typing the addresses gets the 403 page.
            for (String page : List.of(
                    "/account/users.xhtml",
                    "/account/user-new.xhtml",
                    "/account/import.xhtml",
                    "/account/user.xhtml?id=" + org.admin().userId())) {
                manager.open(page);
                assertThat(manager.pageTitle()).as(page).isEqualTo("Access denied");
                assertThat(AccountSteps.bodyText(manager))
                        .contains("You are not authorized to use this page.")
                        .doesNotContain(org.admin().userId())
                        .doesNotContain("Exception");
                assertThat(AccountSteps.httpStatus(manager))
                        .as("HTTP status of %s", page)
                        .isEqualTo(403L);
            }
            manager.screenshot("account-14-users-403");
            // Profile and organization profile are for every user.
            manager.open("/account/profile.xhtml");
            assertThat(manager.pageTitle()).isEqualTo("Edit profile");
            manager.open("/account/organization.xhtml");
            assertThat(manager.byId("organizationId").getText()).isEqualTo(org.orgId());
            assertThat(manager.driver.findElements(By.id("userCount"))).isEmpty();
        });
    }

    @Test
    void operatorPicksAnotherOrganization() {
        TestUsers.TestUser operator = TestUsers.operator();
        try {
            inBrowser("en", browser -> {
                loginToHome(browser, operator.userId(), operator.password());
                browser.open("/account/users.xhtml");
                browser.type("orgForm:organizationId", "st-org-no-such-organization");
                browser.click("orgForm:show");
                browser.waitForAjax();
                assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                                        By.cssSelector("[id='orgForm'] .ui-message-error")))
                                .getText())
                        .contains("The organization st-org-no-such-organization does not exist.");
                browser.type("orgForm:organizationId", org.orgId());
                browser.click("orgForm:show");
                browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("usersForm:shownOrganization"), org.orgId()));
                AccountSteps.filterUsers(browser, org.admin().userId());
                assertThat(userIds(browser)).containsExactly(org.admin().userId());
                browser.screenshot("account-15-operator-other-organization");
                // ?org= opens the same view directly, e.g. from the user page's "Back" link
                browser.open("/account/users.xhtml?org=" + org.orgId());
                assertThat(browser.byId("usersForm:shownOrganization").getText())
                        .contains(org.orgId());
                AccountSteps.filterUsers(browser, org.manager().userId());
                assertThat(userIds(browser)).containsExactly(org.manager().userId());
            });
        } finally {
            TestUsers.delete(operator);
        }
    }

    @Test
    void accountPagesInGermanAndJapanese() {
        inBrowser("de", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "Konto", "Benutzer verwalten");
            assertThat(admin.pageTitle()).isEqualTo("Benutzer verwalten");
            assertThat(AccountSteps.bodyText(admin)).contains("Benutzerkennung", "Abonnementverwalter", "Aktiv");
            admin.screenshot("account-16-users-de");
        });
        inBrowser("ja", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            PortalSteps.openMenu(admin, "アカウント", "ユーザーの管理");
            assertThat(admin.pageTitle()).isEqualTo("ユーザーの管理");
            assertThat(AccountSteps.bodyText(admin)).contains("ユーザーID", "サブスクリプションマネージャー", "有効");
            admin.screenshot("account-17-users-ja");
            admin.open("/account/user-new.xhtml");
            assertThat(admin.pageTitle()).isEqualTo("ユーザーの登録");
            admin.screenshot("account-18-register-ja");
        });
    }

    private static long userKey(String userId) {
        return TestDatabase.with(c -> {
            try (var s = c.prepareStatement("select user_key from platform_user where user_id = ?")) {
                s.setString(1, userId);
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String pageReport(PortalBrowser browser) {
        return browser.driver
                .findElement(By.cssSelector("[id='usersForm:users'] .ui-paginator-current"))
                .getText();
    }

    private static void clickPaginator(PortalBrowser browser, String page) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//div[@id='usersForm:users']//*[contains(@class,'ui-paginator-page') and normalize-space()='"
                                + page + "']")))
                .click();
        browser.waitForAjax();
    }

    private static void sortByUserId(PortalBrowser browser) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='usersForm:users:userIdCol']")))
                .click();
        browser.waitForAjax();
    }
}
