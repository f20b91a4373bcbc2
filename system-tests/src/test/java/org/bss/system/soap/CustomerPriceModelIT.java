package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Customer price models over ServiceProvisioningService/BASIC (G.6, ws-contract §2.4) in raw SOAP 1.1: a supplier's
 * service manager gives its customer its own price (savePriceModelForCustomer creates the customer-specific service),
 * reads it (getServiceForCustomer, getServicesForCustomer, getAllCustomerSpecificServices), changes it through the
 * customer-specific service and deletes it with deleteService; the contract's faults for the service named twice, an
 * organization that is no customer, bad terms, a caller without the role.
 */
class CustomerPriceModelIT {

    private static final String SERVICE = "ServiceProvisioningService";
    private static final String FILE_NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization supplier;
    private static TestOrganization customer;
    private static TestOrganization stranger;
    private static TestUser manager;
    private static long technicalServiceKey;

    @BeforeAll
    static void fixtures() throws Exception {
        supplier = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        customer = TestOrganizations.create();
        stranger = TestOrganizations.create();
        TestUser techManager = TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
        relate(supplier, customer);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + FILE_NS + "\">"
                + "<tns:TechnicalService id=\"CustomerPm 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Customer prices</LocalizedDescription>"
                + "</tns:TechnicalService></tns:TechnicalServices>";
        Reply imported = call(
                techManager,
                "importTechnicalServices",
                "<xml>" + Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)) + "</xml>");
        assertThat(imported.fault()).as(imported.text()).isNull();
        technicalServiceKey = Long.parseLong(
                call(manager, "getTechnicalServices", "<role>SUPPLIER</role>").value("key"));
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(supplier, customer, stranger);
    }

    @Test
    void aCustomerGetsItsOwnPriceWhichIsReadChangedAndDeleted() throws Exception {
        String key = service("soap-cpm", "12.5");
        String service = keyOnly("service", key, "0");

        Reply none = call(manager, "getServiceForCustomer", org(customer) + service);
        Reply saved = call(manager, "savePriceModelForCustomer", service + priceModel("9.5", null) + org(customer));
        String copyKey = saved.value("key");
        Reply read = call(manager, "getServiceForCustomer", org(customer) + service);
        Reply ofCustomer = call(manager, "getServicesForCustomer", org(customer));
        Reply all = call(manager, "getAllCustomerSpecificServices", "");
        Reply twice = call(manager, "savePriceModelForCustomer", service + priceModel("8", null) + org(customer));
        Reply changed = call(
                manager,
                "savePriceModelForCustomer",
                keyOnly("service", copyKey, "0") + priceModel("7.25", null) + org(customer));
        Reply ownPrice = call(manager, "getServiceDetails", service);
        Reply deleted = call(manager, "deleteService", keyOnly("service", copyKey, changed.value("version")));
        Reply gone = call(manager, "getServiceForCustomer", org(customer) + service);

        assertThat(none.fault()).as(none.text()).isNull();
        assertThat(none.doc().getElementsByTagNameNS("*", "return").getLength()).isZero();
        assertThat(saved.fault()).as(saved.text()).isNull();
        assertThat(copyKey).isNotEqualTo(key);
        assertThat(saved.value("serviceId")).startsWith("soap-cpm#");
        assertThat(priceOf(saved)).isEqualTo("9.5");
        assertThat(read.value("key")).isEqualTo(copyKey);
        assertThat(priceOf(read)).isEqualTo("9.5");
        assertThat(values(ofCustomer, "serviceId")).containsExactly(saved.value("serviceId"));
        assertThat(all.fault()).as(all.text()).isNull();
        assertThat(values(all, "organizationId")).containsExactly(customer.orgId());
        assertThat(twice.fault()).as(twice.text()).isEqualTo("ServiceOperationException");
        assertThat(changed.fault()).as(changed.text()).isNull();
        assertThat(priceOf(changed)).isEqualTo("7.25");
        assertThat(priceOf(ownPrice)).as("the service keeps its own price").isEqualTo("12.5");
        assertThat(deleted.fault()).as(deleted.text()).isNull();
        assertThat(gone.doc().getElementsByTagNameNS("*", "return").getLength()).isZero();
    }

    @Test
    void theContractsFaultsAnswerBadCalls() throws Exception {
        String key = service("soap-cpm-faults", "10");
        String service = keyOnly("service", key, "0");

        Reply notCustomer = call(manager, "savePriceModelForCustomer", service + priceModel("9", null) + org(stranger));
        Reply badTerms = call(manager, "savePriceModelForCustomer", service + priceModel("-1", null) + org(customer));
        Reply currency = call(manager, "savePriceModelForCustomer", service + priceModel("9", "XTS") + org(customer));
        Reply unknownService = call(
                manager,
                "savePriceModelForCustomer",
                keyOnly("service", "999999999", "0") + priceModel("9", null) + org(customer));
        Reply notManager = call(customer.admin(), "getAllCustomerSpecificServices", "");
        Reply notManagerRead = call(customer.admin(), "getServicesForCustomer", org(customer));
        Reply unknownCustomer = call(manager, "getServicesForCustomer", org(stranger));

        assertThat(notCustomer.fault()).as(notCustomer.text()).isEqualTo("ObjectNotFoundException");
        assertThat(notCustomer.value("classEnum")).isEqualTo("ORGANIZATION");
        assertThat(badTerms.fault()).as(badTerms.text()).isEqualTo("ValidationException");
        assertThat(currency.fault()).as(currency.text()).isEqualTo("CurrencyException");
        assertThat(unknownService.fault()).as(unknownService.text()).isEqualTo("ObjectNotFoundException");
        assertThat(notManager.fault()).as(notManager.text()).isEqualTo("OrganizationAuthoritiesException");
        assertThat(notManagerRead.fault()).as(notManagerRead.text()).isEqualTo("OperationNotPermittedException");
        assertThat(unknownCustomer.fault()).as(unknownCustomer.text()).isEqualTo("ObjectNotFoundException");
        assertThat(call(manager, "getServiceForCustomer", org(customer) + service)
                        .doc()
                        .getElementsByTagNameNS("*", "return")
                        .getLength())
                .as("bad input changes nothing")
                .isZero();
    }

    private static String service(String serviceId, String price) throws Exception {
        Reply created = call(
                manager,
                "createService",
                keyOnly("technicalService", String.valueOf(technicalServiceKey), "0")
                        + "<service><tns:name>" + serviceId + "</tns:name><tns:serviceId>" + serviceId
                        + "</tns:serviceId></service>");
        assertThat(created.fault()).as(created.text()).isNull();
        String key = created.value("key");
        Reply priced = call(manager, "savePriceModel", keyOnly("service", key, "0") + priceModel(price, null));
        assertThat(priced.fault()).as(priced.text()).isNull();
        return key;
    }

    private static void relate(TestOrganization seller, TestOrganization buyer) {
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("insert into supplier_customer (supplier_key, customer_key, marketplace_id,"
                    + " payment_types, created_at, version) values (?, ?, null, null, current_timestamp, 0)")) {
                s.setLong(1, seller.orgKey());
                s.setLong(2, buyer.orgKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    private static String priceOf(Reply reply) {
        Element pm =
                (Element) reply.doc().getElementsByTagNameNS("*", "priceModel").item(0);
        return pm.getElementsByTagNameNS("*", "pricePerPeriod").item(0).getTextContent();
    }

    private static String org(TestOrganization org) {
        return "<customer><tns:organizationId>" + org.orgId() + "</tns:organizationId></customer>";
    }

    private static String priceModel(String perPeriod, String currency) {
        return "<priceModel><tns:currencyISOCode>" + (currency == null ? "EUR" : currency) + "</tns:currencyISOCode>"
                + "<tns:freePeriod>0</tns:freePeriod><tns:period>MONTH</tns:period>"
                + "<tns:pricePerPeriod>" + perPeriod + "</tns:pricePerPeriod>"
                + "<tns:type>PRO_RATA</tns:type></priceModel>";
    }

    private static String keyOnly(String parameter, String key, String version) {
        return "<" + parameter + "><tns:key>" + key + "</tns:key><tns:version>" + version + "</tns:version></"
                + parameter + ">";
    }

    private static List<String> values(Reply reply, String localName) {
        NodeList nodes = reply.doc().getElementsByTagNameNS("*", localName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static Reply call(TestUser user, String operation, String children) throws Exception {
        return AccountServiceIT.call(SERVICE, user, operation, children);
    }
}
