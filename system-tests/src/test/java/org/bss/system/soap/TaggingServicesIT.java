package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.bss.system.rest.Shop;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * CategorizationService, TagService and ReviewService over SOAP (docs/soap.md), raw SOAP 1.1 as a client without
 * generated stubs sends it: the owner saves categories, a customer reads them; the tag cloud of a marketplace; a
 * service's feedback, and writing a review refused until subscriptions exist (issue 14).
 */
class TaggingServicesIT {

    private static Shop shop;
    private static TestOrganization customer;
    private static long service;

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        customer = TestOrganizations.create();
        service = shop.onSale("soap-tagged", "soap-video", "soap-chat");
    }

    @AfterAll
    static void cleanUp() {
        try {
            shop.close();
        } finally {
            TestOrganizations.delete(customer);
        }
    }

    @Test
    void theOwnerSavesCategoriesAndACustomerReadsThem() throws Exception {
        Reply saved = AccountServiceIT.call(
                "CategorizationService",
                shop.owner(),
                "saveCategories",
                category("soap-office", "Office") + "<locale>en</locale>");
        Reply duplicate = AccountServiceIT.call(
                "CategorizationService",
                shop.owner(),
                "saveCategories",
                category("soap-office", "Again") + "<locale>en</locale>");
        Reply byCustomer = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "saveCategories",
                category("soap-mine", "Mine") + "<locale>en</locale>");
        Reply read = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "getCategories",
                "<marketplaceId>" + shop.marketplaceId + "</marketplaceId><locale>en</locale>");
        Reply unknown = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "getCategories",
                "<marketplaceId>nowhere</marketplaceId><locale>en</locale>");

        assertThat(saved.fault()).as(saved.text()).isNull();
        assertThat(duplicate.fault()).as(duplicate.text()).isEqualTo("NonUniqueBusinessKeyException");
        assertThat(byCustomer.fault()).as(byCustomer.text()).isEqualTo("OperationNotPermittedException");
        assertThat(read.fault()).as(read.text()).isNull();
        assertThat(read.doc().getElementsByTagName("return").getLength()).isEqualTo(1);
        assertThat(read.value("categoryId")).isEqualTo("soap-office");
        assertThat(read.value("name")).isEqualTo("Office");
        assertThat(read.value("marketplaceId")).isEqualTo(shop.marketplaceId);
        assertThat(unknown.fault()).isNull();
        assertThat(unknown.doc().getElementsByTagName("return").getLength()).isZero();
    }

    @Test
    void theTagCloudOfTheMarketplace() throws Exception {
        Reply cloud = AccountServiceIT.call(
                "TagService",
                customer.admin(),
                "getTagsForMarketplace",
                "<locale>en</locale><marketplaceId>" + shop.marketplaceId + "</marketplaceId>");
        Reply byPattern = AccountServiceIT.call(
                "TagService",
                customer.admin(),
                "getTagsByPattern",
                "<locale>en</locale><tagPattern>soap-v</tagPattern><limit>5</limit>");

        assertThat(cloud.fault()).as(cloud.text()).isNull();
        NodeList values = cloud.doc().getElementsByTagNameNS(AccountServiceIT.NS, "value");
        assertThat(values.getLength()).isEqualTo(2);
        assertThat(cloud.value("numberReferences")).isEqualTo("1");
        assertThat(cloud.value("locale")).isEqualTo("en");
        assertThat(byPattern.fault()).as(byPattern.text()).isNull();
        assertThat(byPattern.value("return")).isEqualTo("soap-video");
    }

    @Test
    void feedbackIsReadAndWritingWaitsForSubscriptions() throws Exception {
        Reply feedback = AccountServiceIT.call(
                "ReviewService", customer.admin(), "getServiceFeedback", "<serviceKey>" + service + "</serviceKey>");
        Reply write = AccountServiceIT.call(
                "ReviewService",
                customer.admin(),
                "writeReview",
                "<review><tns:key>0</tns:key><tns:version>0</tns:version><tns:comment>Fine</tns:comment>"
                        + "<tns:modificationDate>0</tns:modificationDate><tns:productKey>" + service
                        + "</tns:productKey><tns:rating>4</tns:rating><tns:title>Good</tns:title></review>");
        Reply unknown = AccountServiceIT.call(
                "ReviewService", customer.admin(), "getServiceFeedback", "<serviceKey>999999999</serviceKey>");

        assertThat(feedback.fault()).as(feedback.text()).isNull();
        assertThat(feedback.value("serviceKey")).isEqualTo(Long.toString(service));
        assertThat(feedback.value("allowedToWriteReview")).isEqualTo("false");
        assertThat(write.fault()).as(write.text()).isEqualTo("OperationNotPermittedException");
        assertThat(write.text()).contains("ex.OperationNotPermittedException");
        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
    }

    private String category(String id, String name) {
        return "<toBeSaved><tns:key>0</tns:key><tns:version>0</tns:version><tns:categoryId>" + id
                + "</tns:categoryId><tns:marketplaceId>" + shop.marketplaceId + "</tns:marketplaceId><tns:name>"
                + name + "</tns:name></toBeSaved>";
    }
}
