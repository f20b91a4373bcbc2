package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.bss.system.rest.Shop;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SearchService/BASIC (ws-contract §2.12) in raw SOAP: a service on sale on a marketplace is found by a phrase and
 * listed by criteria with its tag; a category it is not in lists nothing; an unknown marketplace is
 * ObjectNotFoundException, a phrase too long InvalidPhraseException.
 */
class SearchServiceIT {

    private static final String SERVICE = "SearchService";

    private static Shop shop;
    private static String word;
    private static long key;

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        word = "srch" + UUID.randomUUID().toString().substring(0, 8);
        key = shop.onSale(word, "archive");
    }

    @AfterAll
    static void cleanUp() {
        shop.close();
    }

    @Test
    void aServiceOnSaleIsFoundByPhraseAndByCriteria() throws Exception {
        Reply found =
                awaitFound("searchServices", mp() + "<locale>en</locale><searchPhrase>" + word + "</searchPhrase>");
        Reply byTag = call(
                "getServicesByCriteria",
                mp() + "<locale>en</locale><listCriteria><tns:filter>ARCHIVE</tns:filter><tns:limit>10</tns:limit>"
                        + "<tns:offset>0</tns:offset><tns:sorting>NAME_ASCENDING</tns:sorting></listCriteria>");
        Reply byCategory = call(
                "getServicesByCriteria",
                mp() + "<locale>en</locale><listCriteria><tns:categoryId>none</tns:categoryId><tns:limit>0</tns:limit>"
                        + "<tns:offset>0</tns:offset></listCriteria>");

        assertThat(found.value("resultSize")).isEqualTo("1");
        assertThat(found.value("serviceId")).isEqualTo(word);
        assertThat(found.value("key")).isEqualTo(Long.toString(key));
        assertThat(found.value("sellerId")).isEqualTo(shop.supplier.orgId());
        assertThat(byTag.fault()).as(byTag.text()).isNull();
        assertThat(byTag.text()).contains(word);
        assertThat(call(
                                "getServicesByCriteria",
                                mp() + "<locale>en</locale><listCriteria><tns:filter>billing</tns:filter>"
                                        + "<tns:limit>10</tns:limit><tns:offset>0</tns:offset></listCriteria>")
                        .text())
                .as("another tag")
                .doesNotContain(word);
        assertThat(byCategory.value("resultSize")).isEqualTo("0");
    }

    @Test
    void badCallsGetTheContractsFaults() throws Exception {
        Reply unknown = call(
                "searchServices",
                "<marketplaceId>fz-none</marketplaceId><locale>en</locale>" + "<searchPhrase>x</searchPhrase>");
        Reply tooLong = call(
                "searchServices", mp() + "<locale>en</locale><searchPhrase>" + "x".repeat(201) + "</searchPhrase>");

        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
        assertThat(tooLong.fault()).as(tooLong.text()).isEqualTo("InvalidPhraseException");
    }

    /** The index lags a commit by at most a second: asks again for a few seconds until the service is found. */
    private static Reply awaitFound(String operation, String children) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Reply reply = call(operation, children);
            if (reply.text().contains(word) || System.nanoTime() > end) {
                return reply;
            }
            Thread.sleep(200);
        }
    }

    private static String mp() {
        return "<marketplaceId>" + shop.marketplaceId + "</marketplaceId>";
    }

    private static Reply call(String operation, String children) throws Exception {
        return AccountServiceIT.call(SERVICE, shop.serviceManager, operation, children);
    }
}
