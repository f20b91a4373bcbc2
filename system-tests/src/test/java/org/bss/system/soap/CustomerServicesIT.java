package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.soap.AccountServiceIT.call;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * A supplier's customers, VAT and discounts over SOAP (ws-contract §2.2, §2.13, §2.14) with raw SOAP 1.1: register a
 * customer (AccountService.registerKnownCustomer), list it, grant it a discount and read it back (DiscountService),
 * VAT settings (VatService) with a refused rate answered as the contract's ValidationException (reason VAT).
 */
class CustomerServicesIT {

    private static final List<TestOrganization> ORGS = new ArrayList<>();
    private static TestOrganization supplier;
    private static TestUser manager;
    private static String marketplaceId;

    @BeforeAll
    static void fixtures() {
        supplier = TestOrganizations.create("SUPPLIER");
        ORGS.add(supplier);
        TestOrganizations.paymentTypes(supplier, "INVOICE");
        manager = TestOrganizations.addUser(supplier, "sm", "SERVICE_MANAGER");
        marketplaceId = "st-mp-" + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.inTransaction(c -> {
            try (var s = c.prepareStatement("insert into marketplace (marketplace_key, marketplace_id, name, org_key,"
                    + " is_open, tagging_enabled, review_enabled, categories_enabled, marketplace_revenue_share,"
                    + " reseller_revenue_share, broker_revenue_share, version, created_at, updated_at)"
                    + " values (nextval('marketplace_seq'), ?, 'SOAP shop', ?, true, true, true, true, 0, 0, 0, 1,"
                    + " current_timestamp, current_timestamp)")) {
                s.setString(1, marketplaceId);
                s.setLong(2, supplier.orgKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(ORGS.toArray(TestOrganization[]::new));
    }

    @Test
    void registerACustomerListItAndGrantADiscount() throws Exception {
        String userId = "st-u-soap-" + UUID.randomUUID().toString().substring(0, 8);
        Reply registered = call(
                "AccountService",
                manager,
                "registerKnownCustomer",
                "<organization><tns:name>SOAP customer</tns:name><tns:domicileCountry>DE</tns:domicileCountry>"
                        + "</organization><user><tns:userId>" + userId + "</tns:userId><tns:EMail>" + userId
                        + "@system-test.invalid</tns:EMail><tns:salutation>MR</tns:salutation></user>"
                        + "<marketplaceId>" + marketplaceId + "</marketplaceId>");
        assertThat(registered.status()).as(registered.text()).isEqualTo(200);
        String id = registered.value("organizationId");
        ORGS.add(TestOrganizations.existing(id));

        Reply customers = call("AccountService", manager, "getMyCustomers", "");
        assertThat(customers.status()).as(customers.text()).isEqualTo(200);
        assertThat(values(customers, "organizationId")).containsExactly(id);

        Reply payment = call("AccountService", manager, "getCustomerPaymentConfiguration", "");
        assertThat(payment.status()).as(payment.text()).isEqualTo(200);
        assertThat(values(payment, "organizationId")).containsExactly(id);

        Reply discount = call(
                "AccountService",
                manager,
                "updateCustomerDiscount",
                "<organization><tns:discount><tns:startTime>1767225600000</tns:startTime><tns:value>15.5</tns:value>"
                        + "</tns:discount><tns:organizationId>" + id + "</tns:organizationId></organization>");
        assertThat(discount.status()).as(discount.text()).isEqualTo(200);
        assertThat(discount.fault()).isNull();

        Reply read = call("DiscountService", manager, "getDiscountForCustomer", "<customerId>" + id + "</customerId>");
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.value("value")).isEqualTo("15.50");
        assertThat(read.value("startTime")).isEqualTo("1767225600000");

        Reply refused = call(
                "AccountService",
                manager,
                "updateCustomerDiscount",
                "<organization><tns:discount><tns:startTime>1767225600000</tns:startTime><tns:value>101</tns:value>"
                        + "</tns:discount><tns:organizationId>" + id + "</tns:organizationId></organization>");
        assertThat(refused.fault()).as(refused.text()).isEqualTo("ValidationException");
        Reply unchanged =
                call("DiscountService", manager, "getDiscountForCustomer", "<customerId>" + id + "</customerId>");
        assertThat(unchanged.value("value")).isEqualTo("15.50");

        Reply unknown =
                call("DiscountService", manager, "getDiscountForCustomer", "<customerId>no-such-customer</customerId>");
        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
    }

    @Test
    void vatSettingsRoundTripAndABadRateIsTheContractsValidationFault() throws Exception {
        Reply saved = call(
                "VatService",
                manager,
                "saveAllVats",
                "<defaultVat><tns:rate>19</tns:rate></defaultVat>"
                        + "<countryVats><tns:rate>7</tns:rate><tns:country>DE</tns:country></countryVats>");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.fault()).isNull();

        assertThat(call("VatService", manager, "getVatSupport", "").value("return"))
                .isEqualTo("true");
        assertThat(call("VatService", manager, "getDefaultVat", "").value("rate"))
                .isEqualTo("19.00");
        Reply countries = call("VatService", manager, "getCountryVats", "");
        assertThat(countries.value("country")).isEqualTo("DE");
        assertThat(countries.value("rate")).isEqualTo("7.00");

        Reply bad =
                call("VatService", manager, "saveDefaultVat", "<defaultVat><tns:rate>100.001</tns:rate></defaultVat>");
        assertThat(bad.fault()).as(bad.text()).isEqualTo("ValidationException");
        assertThat(bad.value("reason")).isEqualTo("VAT");
        assertThat(call("VatService", manager, "getDefaultVat", "").value("rate"))
                .isEqualTo("19.00");

        Reply off = call("VatService", manager, "saveDefaultVat", "");
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        assertThat(call("VatService", manager, "getVatSupport", "").value("return"))
                .isEqualTo("false");
        assertThat(call("VatService", manager, "getCountryVats", "").value("country"))
                .isNull();
    }

    @Test
    void paymentTypesAvailableAndSavedForNewCustomersAndPerCustomerOnly() throws Exception {
        Reply available = call("AccountService", manager, "getAvailablePaymentTypesForOrganization", "");
        assertThat(available.status()).as(available.text()).isEqualTo(200);
        assertThat(values(available, "paymentTypeId")).containsExactly("INVOICE");

        Reply saved = call(
                "AccountService",
                manager,
                "savePaymentConfiguration",
                "<defaultConfiguration><tns:paymentTypeId>INVOICE</tns:paymentTypeId></defaultConfiguration>");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.value("return")).isEqualTo("true");
        assertThat(values(call("AccountService", manager, "getDefaultPaymentConfiguration", ""), "paymentTypeId"))
                .containsExactly("INVOICE");

        Reply notAvailable = call(
                "AccountService",
                manager,
                "savePaymentConfiguration",
                "<defaultConfiguration><tns:paymentTypeId>CREDIT_CARD</tns:paymentTypeId></defaultConfiguration>");
        assertThat(notAvailable.fault()).as(notAvailable.text()).isEqualTo("OperationNotPermittedException");
        Reply perService = call(
                "AccountService",
                manager,
                "savePaymentConfiguration",
                "<defaultConfiguration></defaultConfiguration><serviceConfigurations><tns:enabledPaymentTypes>"
                        + "<tns:paymentTypeId>INVOICE</tns:paymentTypeId></tns:enabledPaymentTypes>"
                        + "</serviceConfigurations>");
        assertThat(perService.fault()).as(perService.text()).isEqualTo("OperationNotPermittedException");
        assertThat(values(call("AccountService", manager, "getDefaultPaymentConfiguration", ""), "paymentTypeId"))
                .containsExactly("INVOICE");
    }

    private static List<String> values(Reply reply, String localName) {
        NodeList nodes = reply.doc().getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
