package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.AccountSteps.awaitMessage;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bss.system.rest.Shop;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Marketplace administration (App. G.4, MKT-1..3) in headless Chromium. The operator registers a marketplace for a
 * supplier (generated id), makes it restricted (the name is the owner's to change), gives it another owner and deletes
 * it after a confirmation. The owner of another marketplace renames it and opens it, creates, changes and deletes a
 * category named in three languages, bans a supplier and lifts the ban, sets a branding URL and a tracking code (a
 * refused URL changes nothing), which the marketplace's service portal page then carries; the categories page in
 * Japanese.
 */
class MarketplaceAdminIT {

    private static TestUser operator;
    private static TestOrganization first;
    private static TestOrganization second;
    private static TestOrganization other;
    private static Shop shop;

    @BeforeAll
    static void fixtures() {
        operator = TestUsers.operator();
        first = TestOrganizations.create("SUPPLIER");
        second = TestOrganizations.create("SUPPLIER");
        other = TestOrganizations.create("SUPPLIER");
        shop = Shop.open();
    }

    @AfterAll
    static void cleanUp() {
        try {
            shop.close();
        } finally {
            TestOrganizations.delete(first, second, other);
            TestUsers.delete(operator);
        }
    }

    @Test
    void theOperatorRegistersModifiesReassignsAndDeletesAMarketplace() {
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            PortalSteps.openMenu(browser, "Marketplace", "Manage marketplaces");
            assertThat(browser.currentPath()).isEqualTo("/marketplaces/list.xhtml");

            browser.type("createForm:owner", first.orgId());
            browser.type("createForm:name", "Operator market");
            clickAjax(browser, "createForm:create");
            awaitMessage(browser, "has been registered for " + first.orgId() + ".");
            List<String> ids = marketplaceIds(first);
            assertThat(ids).hasSize(1);
            String id = ids.get(0);
            assertThat(texts(browser, ".mp-id")).contains(id);
            assertThat(stored(id)).containsExactly("Operator market", "true", String.valueOf(first.orgKey()));
            browser.screenshot("mpadmin-10-registered");

            // a name nobody gives is refused and registers nothing
            browser.type("createForm:owner", first.orgId());
            clickAjax(browser, "createForm:create");
            awaitMessage(browser, "A marketplace needs a name.");
            assertThat(marketplaceIds(first)).containsExactly(id);

            browser.open("/marketplaces/marketplace.xhtml?id=" + id);
            assertThat(browser.byId("settingsForm:name").isEnabled())
                    .as("only the owner renames")
                    .isFalse();
            uncheck(browser, "settingsForm:open");
            clickAjax(browser, "settingsForm:save");
            awaitMessage(browser, "The marketplace " + id + " has been saved.");
            assertThat(stored(id)).containsExactly("Operator market", "false", String.valueOf(first.orgKey()));

            browser.type("ownerForm:newOwner", second.orgId());
            browser.clickAndWaitForPage("ownerForm:reassign");
            awaitMessage(browser, "The marketplace " + id + " is owned by " + second.orgId() + " now.");
            assertThat(stored(id)).containsExactly("Operator market", "false", String.valueOf(second.orgKey()));
            assertThat(organizationRoles(second)).contains("MARKETPLACE_OWNER");
            assertThat(organizationRoles(first)).doesNotContain("MARKETPLACE_OWNER");
            browser.screenshot("mpadmin-11-reassigned");

            browser.clickAndWaitForPage("settingsForm:back");
            int row = texts(browser, ".mp-id").indexOf(id);
            browser.click("listForm:marketplaces:" + row + ":delete");
            String question = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id='listForm:confirmDialog'] .ui-confirm-dialog-message")))
                    .getText();
            assertThat(question).contains(id).contains("subscriptions stay");
            browser.screenshot("mpadmin-12-delete-question");
            browser.click("listForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The marketplace " + id + " has been deleted.");
            assertThat(marketplaceIds(second)).isEmpty();
            assertThat(texts(browser, ".mp-id")).doesNotContain(id);
        });
    }

    @Test
    void theOwnerModifiesItsMarketplaceManagesCategoriesAndBansASupplier() {
        String id = shop.marketplaceId;
        inBrowser("en", browser -> {
            loginToHome(browser, shop.owner().userId(), shop.owner().password());
            PortalSteps.openMenu(browser, "Marketplace", "Manage marketplaces");
            assertThat(texts(browser, ".mp-id")).containsExactly(id);
            assertThat(browser.driver.findElements(By.id("createForm:create"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("listForm:marketplaces:0:delete")))
                    .isEmpty();

            browser.clickAndWaitForPage("listForm:marketplaces:0:edit");
            browser.type("settingsForm:name", "Owner market");
            check(browser, "settingsForm:open");
            clickAjax(browser, "settingsForm:save");
            awaitMessage(browser, "The marketplace " + id + " has been saved.");
            assertThat(stored(id)).containsExactly("Owner market", "true", String.valueOf(shop.supplier.orgKey()));

            browser.clickAndWaitForPage("settingsForm:back");
            browser.clickAndWaitForPage("listForm:marketplaces:0:categories");
            browser.type("categoryForm:categoryId", "games");
            browser.type("categoryForm:nameEn", "Games");
            browser.type("categoryForm:nameDe", "Spiele");
            browser.type("categoryForm:nameJa", "ゲーム");
            clickAjax(browser, "categoryForm:save");
            awaitMessage(browser, "The category games has been created.");
            assertThat(texts(browser, ".category-id")).containsExactly("games");
            assertThat(texts(browser, ".category-ja")).containsExactly("ゲーム");
            assertThat(categoryNames(id)).containsExactly("games:de:Spiele", "games:en:Games", "games:ja:ゲーム");

            clickAjax(browser, "listForm:categories:0:edit");
            browser.waitFor(
                    d -> "games".equals(browser.byId("categoryForm:categoryId").getAttribute("value")));
            browser.type("categoryForm:categoryId", "play");
            browser.type("categoryForm:nameDe", "Spielen");
            clickAjax(browser, "categoryForm:save");
            awaitMessage(browser, "The category play has been saved.");
            assertThat(categoryNames(id)).containsExactly("play:de:Spielen", "play:en:Games", "play:ja:ゲーム");
            browser.screenshot("mpadmin-20-categories");

            browser.click("listForm:categories:0:delete");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='listForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.click("listForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The category play has been deleted.");
            assertThat(categoryNames(id)).isEmpty();

            browser.open("/marketplaces/suppliers.xhtml?id=" + id);
            browser.type("accessForm:supplierId", other.orgId());
            clickAjax(browser, "accessForm:ban");
            awaitMessage(browser, "The supplier " + other.orgId() + " may no longer publish on " + id + ".");
            assertThat(texts(browser, ".supplier-id")).containsExactly(other.orgId());
            assertThat(access(id, other)).isEqualTo("BANNED");
            browser.screenshot("mpadmin-21-banned");

            browser.click("accessForm:suppliers:0:remove");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='accessForm:confirmDialog'] .ui-confirm-dialog-message")));
            browser.click("accessForm:confirmYes");
            browser.waitForAjax();
            awaitMessage(browser, "The ban of " + other.orgId() + " on " + id + " has been lifted.");
            assertThat(texts(browser, ".supplier-id")).isEmpty();
            assertThat(access(id, other)).isEmpty();
        });
        inBrowser("en", browser -> {
            loginToHome(browser, shop.owner().userId(), shop.owner().password());
            browser.open("/marketplaces/list.xhtml");
            browser.clickAndWaitForPage("listForm:marketplaces:0:layout");
            browser.type("layoutForm:brandingUrl", "javascript:alert(1)");
            clickAjax(browser, "layoutForm:save");
            awaitMessage(browser, "The branding URL must be an absolute http or https address");
            assertThat(layout(id)).containsExactly("", "");
            browser.type("layoutForm:brandingUrl", "https://brand.example.com/shop.css");
            OperatorSteps.typeText(browser, "layoutForm:trackingCode", "<script>window.bssTracked = 'shop';</script>");
            clickAjax(browser, "layoutForm:save");
            awaitMessage(browser, "The layout and tracking code of " + id + " have been saved.");
            assertThat(layout(id))
                    .containsExactly(
                            "https://brand.example.com/shop.css", "<script>window.bssTracked = 'shop';</script>");
            browser.screenshot("mpadmin-23-layout");
        });
        inBrowser("en", browser -> {
            browser.open("/marketplace/index.xhtml?mId=" + id);
            assertThat(browser.driver.executeScript("return window.bssTracked;"))
                    .isEqualTo("shop");
            assertThat(browser.driver.findElements(
                            By.cssSelector("link[rel='stylesheet'][href='https://brand.example.com/shop.css']")))
                    .hasSize(1);
        });
        inBrowser("ja", browser -> {
            loginToHome(browser, shop.owner().userId(), shop.owner().password());
            browser.open("/marketplaces/categories.xhtml?id=" + id);
            assertThat(browser.byId("pageTitle").getText()).isEqualTo("カテゴリーの管理");
            browser.screenshot("mpadmin-22-categories-ja");
        });
    }

    @Test
    void aSupplierThatOwnsNoMarketplaceHasNoMarketplaceMenuAndNoPages() {
        inBrowser("en", browser -> {
            loginToHome(browser, other.admin().userId(), other.admin().password());
            assertThat(browser.driver.findElements(
                            By.xpath("//form[@id='menuForm']//span[normalize-space()='Marketplace']")))
                    .isEmpty();
            assertThat(browser.driver.findElements(By.id("tileMarketplaces"))).isEmpty();
            browser.open("/marketplaces/list.xhtml");
            assertThat(OperatorSteps.statusOfCurrentPage(browser)).isEqualTo(403L);
        });
    }

    private static void check(PortalBrowser browser, String id) {
        browser.byId(id);
        browser.driver.executeScript("PrimeFaces.getWidgetById(arguments[0]).check();", id);
    }

    private static void uncheck(PortalBrowser browser, String id) {
        browser.byId(id);
        browser.driver.executeScript("PrimeFaces.getWidgetById(arguments[0]).uncheck();", id);
    }

    private static List<String> marketplaceIds(TestOrganization org) {
        return strings(
                "select marketplace_id from marketplace where org_key = ? order by marketplace_id", org.orgKey());
    }

    /** Name, open and owner key of a marketplace. */
    private static List<String> stored(String marketplaceId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select name, is_open, org_key from marketplace where marketplace_id = ?")) {
                s.setString(1, marketplaceId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next()
                            ? List.of(r.getString(1), String.valueOf(r.getBoolean(2)), String.valueOf(r.getLong(3)))
                            : List.of();
                }
            }
        });
    }

    private static List<String> organizationRoles(TestOrganization org) {
        return strings("select role_name from organization_role where org_key = ?", org.orgKey());
    }

    private static List<String> categoryNames(String marketplaceId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select c.category_id, t.locale, t.name from category c"
                    + " join category_text t on t.category_key = c.category_key join marketplace m"
                    + " on m.marketplace_key = c.marketplace_key where m.marketplace_id = ?"
                    + " order by c.category_id, t.locale")) {
                s.setString(1, marketplaceId);
                List<String> names = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.add(r.getString(1) + ":" + r.getString(2) + ":" + r.getString(3));
                    }
                }
                return names;
            }
        });
    }

    /** Branding URL and tracking code of a marketplace ("" for none). */
    private static List<String> layout(String marketplaceId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select branding_url, tracking_code from marketplace where marketplace_id = ?")) {
                s.setString(1, marketplaceId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return List.of(
                            r.getString(1) == null ? "" : r.getString(1), r.getString(2) == null ? "" : r.getString(2));
                }
            }
        });
    }

    /** GRANTED, BANNED or "" for an organization on a marketplace. */
    private static String access(String marketplaceId, TestOrganization org) {
        List<String> found = TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select a.publishing_access from marketplace_supplier a join marketplace m"
                            + " on m.marketplace_key = a.marketplace_key where m.marketplace_id = ? and a.org_key = ?")) {
                s.setString(1, marketplaceId);
                s.setLong(2, org.orgKey());
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                return rows;
            }
        });
        return found.isEmpty() ? "" : found.get(0);
    }

    private static List<String> strings(String sql, long key) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, key);
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
                return rows;
            }
        });
    }
}
