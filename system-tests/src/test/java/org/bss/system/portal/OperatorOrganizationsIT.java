package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.check;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.fieldMessage;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.openOrganization;
import static org.bss.system.portal.OperatorSteps.texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bss.system.portal.OperatorSteps.Registered;
import org.bss.system.portal.OperatorSteps.Registration;
import org.bss.system.portal.operator.OperatorOrganizations;
import org.bss.system.portal.operator.OperatorOrganizations.Stored;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Operation &gt; Register organization and Manage organizations (App. G.5) in headless Chromium: registration with
 * a Japanese name and the service's field messages, the lazy list (paging, sorting, filter), the details page
 * (edit with version conflict, add roles with confirmation, distinguished name, payment types), the 403 page for
 * a non-operator, and the pages in Japanese. Each step is checked in the database too. Organizations made here
 * (through the portal or {@link OperatorOrganizations}) are deleted afterwards; screenshots go to
 * target/screenshots/operator-*.
 */
class OperatorOrganizationsIT {

    private static TestUser operator;
    private static final List<String> ORGANIZATIONS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        OperatorOrganizations.delete(ORGANIZATIONS);
        TestUsers.delete(operator);
    }

    @Test
    void operatorRegistersAnOrganizationWithAJapaneseName() {
        String suffix = OperatorOrganizations.suffix();
        String name = "株式会社テスト商事 " + suffix;
        Registration supplier = OperatorSteps.supplier(name, suffix);
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "Operation", "Register organization");
            assertThat(browser.currentPath()).isEqualTo("/operator/organization-new.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("Register organization");
            browser.screenshot("operator-01-register");

            // Nothing entered: the service names the first field that is missing, by the label the page shows.
            clickAjax(browser, "newForm:create");
            assertThat(fieldMessage(browser, "newForm:organization_name"))
                    .isEqualTo("Organization name must be given.");
            assertThat(browser.globalMessages()).contains("Nothing was saved. Correct the marked field.");

            // A bad e-mail address of the administrator (and no revenue share yet); the page keeps what was entered.
            OperatorSteps.fillRegistration(
                    browser,
                    new Registration(
                            supplier.name(),
                            supplier.email(),
                            supplier.domicile(),
                            supplier.locale(),
                            supplier.roles(),
                            null,
                            null,
                            supplier.adminUserId(),
                            "not-an-address",
                            supplier.salutation(),
                            supplier.adminLocale()));
            clickAjax(browser, "newForm:create");
            assertThat(fieldMessage(browser, "newForm:user_email"))
                    .startsWith("E-mail address accepts an e-mail address")
                    .contains("not-an-address");
            assertThat(browser.input("newForm:organization_name").getAttribute("value"))
                    .isEqualTo(name);
            browser.screenshot("operator-02-register-invalid");

            // A SUPPLIER without the operator revenue share (ORG-3).
            browser.type("newForm:user_email", supplier.adminEmail());
            clickAjax(browser, "newForm:create");
            assertThat(fieldMessage(browser, "newForm:organization_operatorrevshare"))
                    .isEqualTo(
                            "The role SUPPLIER requires the operator revenue share organization.operatorrevshare (ORG-3).");
            assertThat(fieldMessage(browser, "newForm:user_email")).isEmpty();
            assertThat(OperatorOrganizations.userExists(supplier.adminUserId()))
                    .as("nothing half-done")
                    .isFalse();

            // Not a number: the page's own message at the field.
            browser.type("newForm:organization_operatorrevshare", "twelve");
            clickAjax(browser, "newForm:create");
            assertThat(fieldMessage(browser, "newForm:organization_operatorrevshare"))
                    .isEqualTo("Operator revenue share: enter a number from 0 to 100 such as 12.5.");

            // Corrected: registered; the page shows the ids and the initial password once.
            browser.type("newForm:organization_operatorrevshare", "12.5");
            clickAjax(browser, "newForm:create");
            Registered registered = OperatorSteps.registered(browser);
            ORGANIZATIONS.add(registered.orgId());
            assertThat(registered.name()).isEqualTo(name);
            assertThat(registered.adminUserId()).isEqualTo(supplier.adminUserId());
            assertThat(registered.adminKey()).matches("\\d+");
            assertThat(registered.initialPassword()).isNotBlank();
            assertThat(browser.globalMessages())
                    .contains("The organization " + registered.orgId() + " (" + name + ") has been registered.");
            browser.screenshot("operator-03-registered");

            Stored stored = OperatorOrganizations.stored(registered.orgId());
            assertThat(stored.name()).isEqualTo(name);
            assertThat(stored.roles()).containsExactly("SUPPLIER");
            assertThat(stored.operatorRevenueShare()).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(stored.domicile()).isEqualTo("JP");
            assertThat(stored.locale()).isEqualTo("ja");
            assertThat(stored.userIds()).containsExactly(supplier.adminUserId());
            assertThat(OperatorOrganizations.userRoles(supplier.adminUserId()))
                    .containsExactlyInAnyOrder("ORGANIZATION_ADMIN", "SERVICE_MANAGER");

            // The list finds it by its Japanese name; its id leads to the details.
            browser.open("/operator/organizations.xhtml");
            filter(browser, "テスト商事 " + suffix);
            browser.waitFor(d -> texts(browser, "#orgForm\\:orgs .org-name").equals(List.of(name)));
            browser.screenshot("operator-04-list-japanese-name");
            browser.clickAndWaitForPage("orgForm:orgs:0:open");
            assertThat(browser.currentPath()).isEqualTo("/operator/organization.xhtml");
            assertThat(browser.byId("orgId").getText()).isEqualTo(registered.orgId());
            assertThat(browser.byId("orgHeading").getText()).isEqualTo(name);
        });
    }

    @Test
    void operatorEditsAnOrganizationAndGrantsRolesNameAndPaymentTypes() {
        String suffix = OperatorOrganizations.suffix();
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            Registered org = OperatorSteps.register(browser, OperatorSteps.supplier("ST Details " + suffix, suffix));
            ORGANIZATIONS.add(org.orgId());
            String orgId = org.orgId();
            browser.clickAndWaitForPage("newForm:openCreated");
            assertThat(browser.byId("orgId").getText()).isEqualTo(orgId);
            assertThat(browser.byId("orgRoles").getText()).isEqualTo("SUPPLIER");
            browser.screenshot("operator-05-organization");

            // Edit the fields of table 5.2.
            long version = OperatorOrganizations.stored(orgId).version();
            browser.type("editForm:organization_phone", "+81 3 1234 5678");
            OperatorSteps.typeText(browser, "editForm:organization_description", "Edited by the system test");
            clickAjax(browser, "editForm:save");
            assertThat(browser.globalMessages()).contains("The organization " + orgId + " has been saved.");
            Stored saved = OperatorOrganizations.stored(orgId);
            assertThat(saved.phone()).isEqualTo("+81 3 1234 5678");
            assertThat(saved.description()).isEqualTo("Edited by the system test");
            assertThat(saved.version()).isGreaterThan(version);

            // A bad URL: message at the field, nothing stored.
            browser.type("editForm:organization_url", "ftp://example.com");
            clickAjax(browser, "editForm:save");
            assertThat(fieldMessage(browser, "editForm:organization_url"))
                    .startsWith("Home page URL accepts an http://");
            assertThat(OperatorOrganizations.stored(orgId).url()).isNull();
            browser.type("editForm:organization_url", "https://example.com/st");

            // Someone else saves in between: this save is refused and offers a reload (ORG-5, optimistic locking).
            inBrowser("en", other -> {
                loginToHome(other, operator.userId(), operator.password());
                openOrganization(other, orgId);
                OperatorSteps.typeText(other, "editForm:organization_description", "Changed elsewhere");
                clickAjax(other, "editForm:save");
                assertThat(other.globalMessages()).contains("The organization " + orgId + " has been saved.");
            });
            browser.type("editForm:organization_phone", "+81 3 0000 0000");
            clickAjax(browser, "editForm:save");
            assertThat(String.join(" ", browser.globalMessages()))
                    .contains("The organization " + orgId + " was changed by someone else");
            assertThat(OperatorOrganizations.stored(orgId).phone()).isEqualTo("+81 3 1234 5678");
            browser.screenshot("operator-06-conflict");
            clickAjax(browser, "editForm:reload");
            assertThat(browser.byId("editForm:organization_description").getAttribute("value"))
                    .isEqualTo("Changed elsewhere");
            assertThat(browser.driver.findElements(By.id("editForm:reload"))).isEmpty();
            browser.type("editForm:organization_url", "https://example.com/st");
            clickAjax(browser, "editForm:save");
            assertThat(browser.globalMessages()).contains("The organization " + orgId + " has been saved.");
            assertThat(OperatorOrganizations.stored(orgId).url()).isEqualTo("https://example.com/st");

            // Adding a role that breaks ORG-3 is refused at the field.
            check(browser, "rolesForm:organization_roles", "RESELLER");
            clickAjax(browser, "rolesForm:addRoles");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("rolesQuestion")));
            clickAjax(browser, "rolesConfirmForm:confirmRoles");
            assertThat(fieldMessage(browser, "rolesForm:organization_roles"))
                    .startsWith("The role RESELLER cannot be combined with the role SUPPLIER");
            assertThat(OperatorOrganizations.stored(orgId).roles()).containsExactly("SUPPLIER");

            // Add TECHNOLOGY_PROVIDER: asks first; Cancel changes nothing, Add adds it.
            openOrganization(browser, orgId);
            check(browser, "rolesForm:organization_roles", "TECHNOLOGY_PROVIDER");
            clickAjax(browser, "rolesForm:addRoles");
            String question = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("rolesQuestion")))
                    .getText();
            assertThat(question).contains("TECHNOLOGY_PROVIDER", orgId, "cannot be removed");
            browser.screenshot("operator-07-add-role-confirm");
            browser.click("rolesConfirmForm:cancelRoles");
            browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("rolesDialog")));
            assertThat(OperatorOrganizations.stored(orgId).roles()).containsExactly("SUPPLIER");
            clickAjax(browser, "rolesForm:addRoles");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("rolesQuestion")));
            clickAjax(browser, "rolesConfirmForm:confirmRoles");
            browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("rolesDialog")));
            assertThat(browser.globalMessages()).contains("Roles have been added to the organization " + orgId + ".");
            assertThat(browser.byId("orgRoles").getText()).isEqualTo("SUPPLIER, TECHNOLOGY_PROVIDER");
            assertThat(OperatorOrganizations.stored(orgId).roles()).containsExactly("SUPPLIER", "TECHNOLOGY_PROVIDER");
            assertThat(OperatorOrganizations.userRoles(org.adminUserId()))
                    .contains("TECHNOLOGY_MANAGER", "SERVICE_MANAGER");

            // Distinguished name: a bad one is refused; a good one is set; removing it asks first.
            browser.type("dnForm:distinguishedName", "no distinguished name");
            clickAjax(browser, "dnForm:setDn");
            assertThat(fieldMessage(browser, "dnForm:distinguishedName")).contains("is not a distinguished name");
            String dn = "CN=st-" + suffix + ",O=BSS System Test,C=JP";
            browser.type("dnForm:distinguishedName", dn);
            clickAjax(browser, "dnForm:setDn");
            assertThat(browser.globalMessages())
                    .contains("The distinguished name of the organization " + orgId + " has been set.");
            assertThat(browser.byId("orgDn").getText()).isEqualTo(dn);
            assertThat(OperatorOrganizations.stored(orgId).distinguishedName()).isEqualTo(dn);
            browser.screenshot("operator-08-distinguished-name");
            browser.click("dnForm:removeDn");
            assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dnQuestion")))
                            .getText())
                    .contains(dn, orgId);
            clickAjax(browser, "dnConfirmForm:confirmRemoveDn");
            browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("dnDialog")));
            assertThat(browser.globalMessages())
                    .contains("The distinguished name of the organization " + orgId + " has been removed.");
            assertThat(browser.byId("orgDn").getText()).isEqualTo("(none)");
            assertThat(OperatorOrganizations.stored(orgId).distinguishedName()).isNull();
            browser.type("dnForm:distinguishedName", dn);
            clickAjax(browser, "dnForm:setDn");
            assertThat(OperatorOrganizations.stored(orgId).distinguishedName()).isEqualTo(dn);

            // Payment types for the supplier.
            check(browser, "paymentForm:paymenttypes", "INVOICE");
            check(browser, "paymentForm:paymenttypes", "DIRECT_DEBIT");
            clickAjax(browser, "paymentForm:addPaymentTypes");
            assertThat(browser.globalMessages())
                    .contains("Payment types have been added to the organization " + orgId + ".");
            assertThat(browser.byId("orgPaymentTypes").getText()).isEqualTo("INVOICE, DIRECT_DEBIT");
            assertThat(OperatorOrganizations.stored(orgId).paymentTypes()).isEqualTo("INVOICE,DIRECT_DEBIT");
            assertThat(browser
                            .driver
                            .findElements(By.xpath(
                                    "//input[@type='checkbox' and starts-with(@id,'paymentForm:paymenttypes:')]"))
                            .stream()
                            .map(e -> e.getAttribute("value")))
                    .containsExactly("CREDIT_CARD");
            browser.screenshot("operator-09-payment-types");
        });
    }

    @Test
    void organizationListPagesSortsAndFilters() {
        String prefix = "ST-List-" + OperatorOrganizations.suffix();
        List<String> ids = OperatorOrganizations.insertListed(prefix, 12);
        ORGANIZATIONS.addAll(ids);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            names.add(String.format("%s-%02d", prefix, i));
        }
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "Operation", "Manage organizations");
            assertThat(browser.currentPath()).isEqualTo("/operator/organizations.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("Manage organizations");
            assertThat(texts(browser, "#orgForm\\:orgs .org-id"))
                    .as("the operator organization is listed too")
                    .isNotEmpty();
            browser.screenshot("operator-10-organizations");

            // The filter narrows to the 12; ten per page, ordered by id.
            filter(browser, prefix.toLowerCase(Locale.ROOT));
            waitForReport(browser, "1–10 of 12");
            List<String> firstPage = texts(browser, "#orgForm\\:orgs .org-name");
            assertThat(firstPage).hasSize(10);
            assertThat(texts(browser, "#orgForm\\:orgs .org-id")).isSorted();
            browser.driver
                    .findElement(By.cssSelector("#orgForm\\:orgs .ui-paginator-next"))
                    .click();
            waitForReport(browser, "11–12 of 12");
            List<String> secondPage = texts(browser, "#orgForm\\:orgs .org-name");
            assertThat(secondPage).hasSize(2);
            List<String> all = new ArrayList<>(firstPage);
            all.addAll(secondPage);
            assertThat(all).containsExactlyInAnyOrderElementsOf(names);
            browser.screenshot("operator-11-organizations-page-2");

            // Sorted by name, ascending then descending (sorting starts at the first page again).
            browser.click("orgForm:orgs:nameCol");
            browser.waitFor(d -> texts(browser, "#orgForm\\:orgs .org-name").equals(names.subList(0, 10)));
            waitForReport(browser, "1–10 of 12");
            browser.click("orgForm:orgs:nameCol");
            browser.waitFor(
                    d -> texts(browser, "#orgForm\\:orgs .org-name").get(0).equals(names.get(11)));
            browser.screenshot("operator-12-organizations-sorted");

            // An organization id as filter; its link opens a customer's details (no payment types for customers).
            filter(browser, ids.get(4));
            waitForReport(browser, "1–1 of 1");
            assertThat(texts(browser, "#orgForm\\:orgs .org-name")).containsExactly(names.get(4));
            browser.clickAndWaitForPage("orgForm:orgs:0:open");
            assertThat(browser.byId("orgId").getText()).isEqualTo(ids.get(4));
            assertThat(browser.byId("orgRoles").getText()).isEqualTo("none (customer)");
            assertThat(browser.byId("orgMarketplace").getText()).isEqualTo("st-mp");
            assertThat(browser.byId("sellersOnly").getText())
                    .isEqualTo("Payment types are available only to SUPPLIER and RESELLER organizations.");

            // Nothing found.
            browser.open("/operator/organizations.xhtml");
            filter(browser, prefix + "-no-such");
            browser.waitFor(d -> d.findElement(By.cssSelector("#orgForm\\:orgs .ui-datatable-empty-message"))
                    .getText()
                    .equals("No organization matches the search."));
        });
    }

    @Test
    void userWithoutOperatorRoleGetsTheAccessDeniedPage() {
        TestUser plain = TestUsers.plainUser();
        try {
            inBrowser("en", browser -> {
                loginToHome(browser, plain.userId(), plain.password());
                assertThat(browser.driver.findElements(
                                By.xpath("//form[@id='menuForm']//span[normalize-space()='Operation']")))
                        .isEmpty();
                for (String page : List.of(
                        "/operator/organizations.xhtml",
                        "/operator/organization-new.xhtml",
                        "/operator/organization.xhtml?id=x",
                        "/operator/audit-log.xhtml")) {
                    browser.open(page);
                    assertThat(browser.pageTitle()).as(page).isEqualTo("Access denied");
                    assertThat(browser.driver.findElements(
                                    By.cssSelector("form[id='orgForm'], form[id='newForm'], form[id='auditForm']")))
                            .isEmpty();
                    assertThat(OperatorSteps.statusOfCurrentPage(browser))
                            .as(page)
                            .isEqualTo(403L);
                }
                browser.open("/operator/organizations.xhtml");
                browser.screenshot("operator-13-organizations-403");
            });
        } finally {
            TestUsers.delete(plain);
        }
    }

    @Test
    void organizationPagesInJapanese() {
        inBrowser("ja", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "操作", "組織の管理");
            assertThat(browser.pageTitle()).isEqualTo("組織の管理");
            assertThat(texts(browser, "#orgForm\\:orgs thead th .ui-column-title"))
                    .contains("組織 ID", "名前", "ロール");
            browser.screenshot("operator-14-organizations-ja");
            PortalSteps.openMenu(browser, "操作", "組織の登録");
            assertThat(browser.pageTitle()).isEqualTo("組織の登録");
            clickAjax(browser, "newForm:create");
            assertThat(fieldMessage(browser, "newForm:organization_name")).isEqualTo("組織名 を指定してください。");
            assertThat(browser.globalMessages()).contains("保存されませんでした。マークされた項目を修正してください。");
            browser.screenshot("operator-15-register-ja");
        });
    }

    private static void filter(PortalBrowser browser, String text) {
        browser.type("orgForm:filter", text);
    }

    private static void waitForReport(PortalBrowser browser, String report) {
        browser.waitFor(d -> report.equals(d.findElement(By.cssSelector("#orgForm\\:orgs .ui-paginator-current"))
                .getText()));
        browser.waitForAjax();
    }
}
