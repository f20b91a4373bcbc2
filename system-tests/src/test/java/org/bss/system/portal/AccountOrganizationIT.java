package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.inBrowser;
import static org.bss.system.portal.AccountSteps.loginToHome;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.bss.system.portal.support.TestOrganizations;
import org.bss.system.portal.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Account &gt; Organization profile and the LDAP organization's pages (App. G.1, USR-6) in headless Chromium:
 * <ul>
 * <li>every user of an organization sees its data read-only (name, e-mail, address, phone, URL, description,
 * domicile, language, roles, payment types, distinguished name), in the view's language;</li>
 * <li>the shared user-fields fragment cannot be requested by URL;</li>
 * <li>in an LDAP-managed organization the menu, the home page and the users page offer no "Register user",
 * "Import users", "Change password" or reset password, and those pages say why instead of showing a form;</li>
 * <li>a user marked LDAP-managed sees the fields the directory maps (e-mail, last name) read-only with a "from LDAP"
 * hint on Edit profile and on the administrator's edit page; the other fields stay editable, and saving keeps the
 * mapped values.</li>
 * </ul>
 * Two fixture organizations of its own: one with every field filled (a SUPPLIER with payment types), and one made
 * LDAP-managed by an {@code organization_ldap_setting} row (its fixture users keep BSS passwords, so they can log
 * in without a directory). Screenshots: target/screenshots/account-org-*.png.
 */
class AccountOrganizationIT {

    private static final String ADDRESS = "Hauptstraße 1\n80331 München";
    private static final String DESCRIPTION = "Fixture organization of AccountOrganizationIT";
    private static final String DN = "CN=portal-it,O=BSS System Test,C=DE";

    private static TestOrganization org;
    private static TestOrganization ldapOrg;

    @BeforeAll
    static void organizations() {
        org = TestOrganizations.create(fixtureMail("acct-org"));
        fillOrganizationData(org);
        ldapOrg = TestOrganizations.create(fixtureMail("acct-ldap"));
        makeLdapOrganization(ldapOrg);
    }

    @AfterAll
    static void cleanUp() {
        try {
            if (ldapOrg != null) {
                TestDatabase.inTransaction(c -> {
                    try (PreparedStatement s =
                            c.prepareStatement("delete from organization_ldap_setting where org_key = ?")) {
                        s.setLong(1, ldapOrg.orgKey());
                        s.executeUpdate();
                    }
                    return null;
                });
            }
        } finally {
            TestOrganizations.delete(org);
            TestOrganizations.delete(ldapOrg);
        }
    }

    @Test
    void everyUserSeesTheOrganizationDataReadOnly() {
        inBrowser("en", admin -> {
            loginToHome(admin, org.admin().userId(), org.admin().password());
            // the home page offers the administrator's functions as tiles, like the menu
            assertThat(present(admin, "tileUsers")).isTrue();
            assertThat(present(admin, "tileRegisterUser")).isTrue();
            assertThat(present(admin, "tileImportUsers")).isTrue();
            assertThat(present(admin, "tilePassword")).isTrue();
            assertThat(present(admin, "tileOrganizations")).as("operator tiles").isFalse();
            admin.screenshot("account-org-01-home-admin");

            PortalSteps.openMenu(admin, "Account", "Organization profile");
            assertThat(admin.pageTitle()).isEqualTo("Organization profile");
            assertThat(text(admin, "organizationName"))
                    .isEqualTo("System test organization " + org.orgId().substring(7));
            assertThat(text(admin, "organizationId")).isEqualTo(org.orgId());
            assertThat(text(admin, "organizationEmail")).isEqualTo(org.adminEmail());
            assertThat(text(admin, "organizationAddress")).isEqualTo(ADDRESS);
            assertThat(text(admin, "organizationPhone")).isEqualTo("+49 89 1234-0");
            assertThat(text(admin, "organizationUrl")).isEqualTo("https://portal-it.example.com");
            assertThat(text(admin, "organizationDescription")).isEqualTo(DESCRIPTION);
            assertThat(text(admin, "organizationDomicile")).isEqualTo("Germany (DE)");
            assertThat(text(admin, "organizationLocale")).isEqualTo("English (en)");
            assertThat(text(admin, "organizationRoles")).isEqualTo("Supplier");
            assertThat(text(admin, "organizationPaymentTypes"))
                    .contains("Invoice", "Credit card")
                    .doesNotContain("Direct debit");
            assertThat(text(admin, "organizationDn")).isEqualTo(DN);
            assertThat(text(admin, "userDirectory")).isEqualTo("BSS");
            assertThat(Long.parseLong(text(admin, "userCount"))).isEqualTo(TestOrganizations.userCount(org));
            // nothing to edit: the operator keeps the data
            assertThat(admin.driver.findElements(
                            By.cssSelector("#organizationPanel input, #organizationPanel textarea")))
                    .isEmpty();
            admin.screenshot("account-org-02-organization-profile");

            // the user-fields fragment is no page: neither its old address nor WEB-INF can be requested
            for (String path : List.of("/account/user-fields.xhtml", "/WEB-INF/includes/user-fields.xhtml")) {
                admin.open(path);
                assertThat(AccountSteps.httpStatus(admin)).as(path).isEqualTo(404L);
                assertThat(present(admin, "email")).as(path).isFalse();
            }
        });
        inBrowser("de", manager -> {
            loginToHome(manager, org.manager().userId(), org.manager().password());
            assertThat(present(manager, "tileUsers")).isFalse();
            assertThat(present(manager, "tileOrganization")).isTrue();
            manager.click("tileOrganization");
            manager.waitFor(d -> manager.currentPath().equals("/account/organization.xhtml"));
            assertThat(manager.pageTitle()).isEqualTo("Organisationsprofil");
            assertThat(text(manager, "organizationEmail")).isEqualTo(org.adminEmail());
            assertThat(text(manager, "organizationDomicile")).isEqualTo("Deutschland (DE)");
            assertThat(text(manager, "organizationRoles")).isEqualTo("Lieferant");
            assertThat(text(manager, "organizationDn")).isEqualTo(DN);
            assertThat(present(manager, "userCount"))
                    .as("user count is the administrators'")
                    .isFalse();
            manager.screenshot("account-org-03-organization-profile-de");
        });
    }

    @Test
    void ldapOrganizationOffersNoRegisteringImportOrPasswordChange() {
        inBrowser("en", admin -> {
            loginToHome(admin, ldapOrg.admin().userId(), ldapOrg.admin().password());
            assertThat(menuItem(admin, "Manage users")).isTrue();
            assertThat(menuItem(admin, "Edit profile")).isTrue();
            assertThat(menuItem(admin, "Register user")).isFalse();
            assertThat(menuItem(admin, "Import users")).isFalse();
            assertThat(menuItem(admin, "Change password")).isFalse();
            assertThat(present(admin, "tileUsers")).isTrue();
            assertThat(present(admin, "tileRegisterUser")).isFalse();
            assertThat(present(admin, "tileImportUsers")).isFalse();
            assertThat(present(admin, "tilePassword")).isFalse();
            admin.screenshot("account-org-04-home-ldap");

            // users page: lock stays, reset password and the register/import buttons are gone
            AccountSteps.openUsers(admin, ldapOrg.manager().userId());
            assertThat(AccountSteps.userIds(admin))
                    .containsExactly(ldapOrg.manager().userId());
            By rowButtons = By.xpath(AccountSteps.rowXpath(ldapOrg.manager().userId()) + "//button");
            List<String> buttons = admin.driver.findElements(rowButtons).stream()
                    .map(b -> b.getAttribute("id"))
                    .map(id -> id.substring(id.lastIndexOf(':') + 1))
                    .toList();
            assertThat(buttons).contains("lock", "delete").doesNotContain("reset");
            assertThat(present(admin, "usersForm:register")).isFalse();
            assertThat(present(admin, "usersForm:import")).isFalse();
            admin.screenshot("account-org-05-users-ldap");

            // typed addresses: a notice instead of a form
            admin.open("/account/user-new.xhtml");
            assertThat(text(admin, "ldapNotice")).contains("managed by an LDAP directory");
            assertThat(present(admin, "userForm")).isFalse();
            admin.open("/account/import.xhtml");
            assertThat(text(admin, "ldapNotice")).contains("cannot be registered or imported");
            assertThat(present(admin, "importForm")).isFalse();
            admin.open("/password.xhtml");
            assertThat(text(admin, "ldapNotice")).contains("change your password there");
            assertThat(present(admin, "passwordForm")).isFalse();
            admin.screenshot("account-org-06-password-ldap");

            admin.open("/account/organization.xhtml");
            assertThat(text(admin, "userDirectory")).startsWith("LDAP directory");
        });
        // a user without administration rights of the LDAP organization has no "Change password" either
        inBrowser("ja", manager -> {
            loginToHome(manager, ldapOrg.manager().userId(), ldapOrg.manager().password());
            assertThat(menuItem(manager, "プロファイルの編集")).isTrue();
            assertThat(menuItem(manager, "パスワードの変更")).isFalse();
            assertThat(present(manager, "tilePassword")).isFalse();
            manager.screenshot("account-org-07-home-ldap-ja");
        });
    }

    @Test
    void ldapUserSeesTheMappedFieldsReadOnly() {
        String manager = ldapOrg.manager().userId();
        try {
            inBrowser("en", user -> {
                // logged in with the BSS password first: an LDAP user would need the directory to sign in
                loginToHome(user, manager, ldapOrg.manager().password());
                setLdapManaged(ldapOrg.manager().userKey(), true);
                user.open("/account/profile.xhtml");
                assertThat(user.pageTitle()).isEqualTo("Edit profile");
                for (String mapped : List.of("email", "lastName")) {
                    assertThat(user.input("profileForm:" + mapped).isEnabled())
                            .as(mapped)
                            .isFalse();
                    assertThat(text(user, "profileForm:" + mapped + "Ldap"))
                            .as(mapped)
                            .startsWith("from LDAP");
                }
                for (String own : List.of("firstName", "additionalName", "phone")) {
                    assertThat(user.input("profileForm:" + own).isEnabled())
                            .as(own)
                            .isTrue();
                    assertThat(present(user, "profileForm:" + own + "Ldap"))
                            .as(own)
                            .isFalse();
                }
                assertThat(user.driver.findElement(By.id("profileForm:address")).isEnabled())
                        .isTrue();
                assertThat(user.driver.findElements(By.cssSelector("[id='profileForm:locale'] input")).stream()
                                .allMatch(r -> r.isEnabled()))
                        .as("locale is not mapped")
                        .isTrue();
                user.screenshot("account-org-08-profile-ldap-fields");

                // saving the unmapped fields works: the mapped ones go back unchanged
                String email = user.input("profileForm:email").getAttribute("value");
                user.type("profileForm:phone", "+49 89 5555");
                user.click("profileForm:save");
                AccountSteps.awaitMessage(user, "saved");
                user.open("/account/profile.xhtml");
                assertThat(user.input("profileForm:phone").getAttribute("value"))
                        .isEqualTo("+49 89 5555");
                assertThat(user.input("profileForm:email").getAttribute("value"))
                        .isEqualTo(email);
            });
            inBrowser("de", admin -> {
                loginToHome(admin, ldapOrg.admin().userId(), ldapOrg.admin().password());
                admin.open("/account/user.xhtml?id=" + manager);
                assertThat(admin.input("userForm:email").isEnabled()).isFalse();
                assertThat(text(admin, "userForm:lastNameLdap")).startsWith("aus LDAP");
                assertThat(admin.input("userForm:firstName").isEnabled()).isTrue();
                admin.screenshot("account-org-09-user-ldap-fields-de");
            });
        } finally {
            setLdapManaged(ldapOrg.manager().userKey(), false);
        }
    }

    private static void setLdapManaged(long userKey, boolean managed) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("update platform_user set ldap_managed = ? where user_key = ?")) {
                s.setBoolean(1, managed);
                s.setLong(2, userKey);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Whether the menu holds an entry with this text (rendered in the page, open or not). */
    private static boolean menuItem(PortalBrowser browser, String item) {
        return !browser.driver
                .findElements(By.xpath("//form[@id='menuForm']//a[contains(@class,'ui-menuitem-link')]"
                        + "[.//span[normalize-space()='" + item + "']]"))
                .isEmpty();
    }

    private static boolean present(PortalBrowser browser, String id) {
        return !browser.driver.findElements(By.id(id)).isEmpty();
    }

    private static String text(PortalBrowser browser, String id) {
        return browser.byId(id).getText().strip();
    }

    private static String fixtureMail(String kind) {
        return "st-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8) + "@system-test.invalid";
    }

    /** Every optional field of table 5.2, the SUPPLIER role and two payment types, as the operator would set them. */
    private static void fillOrganizationData(TestOrganization o) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("update organization set address = ?, phone = ?, url = ?,"
                    + " description = ?, domicile = 'DE', distinguished_name = ?, payment_types = 'INVOICE,CREDIT_CARD',"
                    + " operator_revenue_share = 10, version = version + 1 where org_key = ?")) {
                s.setString(1, ADDRESS);
                s.setString(2, "+49 89 1234-0");
                s.setString(3, "https://portal-it.example.com");
                s.setString(4, DESCRIPTION);
                s.setString(5, DN);
                s.setLong(6, o.orgKey());
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into organization_role (org_key, role_name) values (?, 'SUPPLIER')")) {
                s.setLong(1, o.orgKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * An organization with at least one row of its own LDAP settings is LDAP-managed (V6, docs/ldap.md). The URL
     * points nowhere: no test here asks the directory. URL and base DN complete the settings, and the e-mail and
     * last-name attributes make those user fields mapped (LdapUserMapping.mappedFields).
     */
    private static void makeLdapOrganization(TestOrganization o) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into organization_ldap_setting (org_key, setting_key, setting_value) values (?, ?, ?)")) {
                for (String[] setting : new String[][] {
                    {"LDAP_URL", "ldap://127.0.0.1:1"},
                    {"LDAP_BASE_DN", "ou=people,dc=portal-it,dc=example"},
                    {"LDAP_ATTR_EMAIL", "mail"},
                    {"LDAP_ATTR_LAST_NAME", "sn"}
                }) {
                    s.setLong(1, o.orgKey());
                    s.setString(2, setting[0]);
                    s.setString(3, setting[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
