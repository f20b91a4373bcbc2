package org.bss.system.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.portal.OperatorSteps.clickAjax;
import static org.bss.system.portal.OperatorSteps.fieldMessage;
import static org.bss.system.portal.OperatorSteps.inBrowser;
import static org.bss.system.portal.OperatorSteps.loginToHome;
import static org.bss.system.portal.OperatorSteps.texts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Operation &gt; Manage currencies (App. G.5, guide §3.2, CFG-4) in headless Chromium: the supported currencies as
 * stored, with their names; adding one (typed in lower case) and adding it again; a code that is not ISO 4217 and an
 * empty field get a message at the field in English, German and Japanese and store nothing. The currency added here is
 * removed from supported_currency afterwards (nothing refers to it yet).
 */
class OperatorCurrenciesIT {

    /** Codes to add from: the first that is not supported yet is the test's. */
    static final List<String> CANDIDATES =
            List.of("CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "NZD", "SGD", "HKD");

    private static TestUser operator;
    private static final List<String> ADDED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
    }

    @AfterAll
    static void cleanUp() {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("delete from supported_currency where currency_code = ?")) {
                for (String code : ADDED) {
                    s.setString(1, code);
                    s.executeUpdate();
                }
            }
            return null;
        });
        TestUsers.delete(operator);
    }

    static List<String> stored() {
        return TestDatabase.with(c -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement s =
                            c.prepareStatement("select currency_code from supported_currency order by currency_code");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        });
    }

    static void add(PortalBrowser browser, String code) {
        browser.type("currencyForm:code", code);
        clickAjax(browser, "currencyForm:add");
    }

    @Test
    void operatorAddsACurrency() {
        List<String> before = stored();
        String code =
                CANDIDATES.stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
        inBrowser("en", browser -> {
            loginToHome(browser, operator.userId(), operator.password());
            assertThat(browser.driver.findElements(By.id("tileCurrencies")))
                    .as("home tile")
                    .hasSize(1);
            PortalSteps.openMenu(browser, "Operation", "Manage currencies");
            assertThat(browser.currentPath()).isEqualTo("/operator/currencies.xhtml");
            assertThat(browser.pageTitle()).isEqualTo("Manage currencies");
            assertThat(texts(browser, "#currencyForm\\:currencies .currency-code"))
                    .isEqualTo(before);
            if (before.contains("JPY")) {
                assertThat(texts(browser, "#currencyForm\\:currencies .currency-name"))
                        .contains("Japanese Yen");
            }
            browser.screenshot("operator-40-currencies");

            ADDED.add(code);
            add(browser, code.toLowerCase(java.util.Locale.ROOT));
            assertThat(browser.globalMessages()).contains("The currency " + code + " has been added.");
            assertThat(stored()).contains(code).hasSize(before.size() + 1);
            assertThat(texts(browser, "#currencyForm\\:currencies .currency-code"))
                    .isEqualTo(stored());
            assertThat(browser.input("currencyForm:code").getAttribute("value"))
                    .as("the field is emptied")
                    .isEmpty();
            browser.screenshot("operator-41-currency-added");

            add(browser, code);
            assertThat(browser.globalMessages()).contains("The currency " + code + " is already supported.");
            assertThat(stored()).hasSize(before.size() + 1);
        });
    }

    @Test
    void aCodeThatIsNotIso4217IsRefusedAtTheFieldInEachLanguage() {
        List<String> before = stored();
        String[][] languages = {
            {
                "en",
                "Manage currencies",
                "\"XXQ\" is not an ISO 4217 currency code.",
                "Enter an ISO 4217 currency code, for example EUR."
            },
            {
                "de",
                "Währungen verwalten",
                "„XXQ“ ist kein Währungscode nach ISO 4217.",
                "Geben Sie einen Währungscode nach ISO 4217 ein, zum Beispiel EUR."
            },
            {"ja", "通貨の管理", "「XXQ」は ISO 4217 の通貨コードではありません。", "ISO 4217 の通貨コードを入力してください (例: EUR)。"},
        };
        for (String[] l : languages) {
            inBrowser(l[0], browser -> {
                loginToHome(browser, operator.userId(), operator.password());
                browser.open("/operator/currencies.xhtml");
                assertThat(browser.pageTitle()).isEqualTo(l[1]);

                add(browser, "XXQ");
                assertThat(fieldMessage(browser, "currencyForm:code")).isEqualTo(l[2]);
                assertThat(browser.input("currencyForm:code").getAttribute("value"))
                        .as("the input is kept")
                        .isEqualTo("XXQ");
                browser.screenshot("operator-42-currency-invalid-" + l[0]);

                add(browser, "");
                assertThat(fieldMessage(browser, "currencyForm:code")).isEqualTo(l[3]);
            });
        }
        assertThat(stored()).isEqualTo(before);
    }
}
