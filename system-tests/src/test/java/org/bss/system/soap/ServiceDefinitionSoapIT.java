package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * ServiceProvisioningService/BASIC, service and price-model operations (docs/soap.md) in raw SOAP 1.1: a supplier's
 * service manager defines a service on its own technical service, reads, localizes, prices, copies and deletes it;
 * the contract's faults for a currency the platform lacks, a stale version, activating what is on no marketplace,
 * another organization's service; up/downgrade options.
 */
class ServiceDefinitionSoapIT {

    private static final String SERVICE = "ServiceProvisioningService";
    private static final String FILE_NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization supplier;
    private static TestOrganization other;
    private static TestUser manager;
    private static TestUser otherManager;
    private static long technicalServiceKey;

    @BeforeAll
    static void fixtures() throws Exception {
        supplier = TestOrganizations.create("TECHNOLOGY_PROVIDER", "SUPPLIER");
        other = TestOrganizations.create("SUPPLIER");
        TestUser techManager = TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER");
        manager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
        otherManager = TestOrganizations.addUser(other, "svcmgr", "SERVICE_MANAGER");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tns:TechnicalServices xmlns:tns=\"" + FILE_NS + "\">"
                + "<tns:TechnicalService id=\"Soap 1.0\" accessType=\"DIRECT\">"
                + "<LocalizedDescription locale=\"en\">Soap</LocalizedDescription>"
                + "<LocalizedLicense locale=\"en\">Licensed per seat</LocalizedLicense>"
                + "<ParameterDefinition id=\"MAX_USERS\" configurable=\"true\" default=\"10\" valueType=\"LONG\">"
                + "<LocalizedDescription locale=\"en\">Users</LocalizedDescription></ParameterDefinition>"
                + "<Role id=\"ADMIN\"><LocalizedName locale=\"en\">Administrator</LocalizedName>"
                + "<LocalizedDescription locale=\"en\">All rights</LocalizedDescription></Role>"
                + "</tns:TechnicalService></tns:TechnicalServices>";
        Reply imported = call(
                techManager,
                "importTechnicalServices",
                "<xml>" + Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)) + "</xml>");
        assertThat(imported.fault()).as(imported.text()).isNull();
        Reply listed = call(manager, "getTechnicalServices", "<role>SUPPLIER</role>");
        technicalServiceKey = Long.parseLong(listed.value("key"));
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(supplier, other);
    }

    @Test
    void aServiceIsDefinedReadLocalizedCopiedAndDeleted() throws Exception {
        Reply created = create("soap-1", "Soap one");
        String key = created.value("key");
        Reply details = call(manager, "getServiceDetails", keyOnly("service", key, "0"));
        Reply localized = call(
                manager,
                "saveServiceLocalization",
                "<service><tns:key>" + key + "</tns:key><tns:version>" + created.value("version")
                        + "</tns:version></service><localization><tns:names><tns:locale>ja</tns:locale>"
                        + "<tns:text>ソープ</tns:text></tns:names></localization>");
        Reply texts = call(manager, "getServiceLocalization", keyOnly("service", key, "0"));
        Reply supplied = call(manager, "getSuppliedServices", "");
        Reply copy = call(manager, "copyService", keyOnly("service", key, "0") + "<serviceId>soap-1-copy</serviceId>");
        Reply deletable = call(manager, "statusAllowsDeletion", keyOnly("service", copy.value("key"), "0"));
        Reply deleted = call(manager, "deleteService", keyOnly("service", copy.value("key"), copy.value("version")));

        assertThat(created.fault()).as(created.text()).isNull();
        assertThat(created.value("serviceId")).isEqualTo("soap-1");
        assertThat(created.value("status")).isEqualTo("INACTIVE");
        assertThat(details.value("technicalServiceId")).isEqualTo("Soap 1.0");
        assertThat(details.value("parameterId")).isEqualTo("MAX_USERS");
        assertThat(details.value("value")).isEqualTo("20");
        assertThat(details.value("name")).isEqualTo("Soap one");
        assertThat(localized.fault()).as(localized.text()).isNull();
        assertThat(values(texts, "locale")).contains("en", "ja");
        assertThat(texts.text()).contains("ソープ", "Soap one");
        assertThat(values(supplied, "serviceId")).contains("soap-1");
        assertThat(copy.value("serviceId")).isEqualTo("soap-1-copy");
        assertThat(deletable.value("return")).isEqualTo("true");
        assertThat(deleted.fault()).as(deleted.text()).isNull();
        assertThat(call(manager, "getServiceDetails", keyOnly("service", copy.value("key"), "0"))
                        .fault())
                .isEqualTo("ObjectNotFoundException");
    }

    @Test
    void aPriceModelIsSavedWithItsTextsAndTheContractsFaultsAnswerBadCalls() throws Exception {
        Reply created = create("soap-priced", "Priced");
        String key = created.value("key");
        String service = keyOnly("service", key, "0");

        Reply saved = call(manager, "savePriceModel", service + priceModel("EUR", "Per month"));
        Reply currency = call(manager, "savePriceModel", service + priceModel("XTS", null));
        String priceModelKey = ((org.w3c.dom.Element)
                        saved.doc().getElementsByTagNameNS("*", "priceModel").item(0))
                .getElementsByTagNameNS("*", "key")
                .item(0)
                .getTextContent();
        Reply texts = call(manager, "getPriceModelLocalization", keyOnly("priceModel", priceModelKey, "0"));
        Reply templates = call(manager, "getPriceModelLicenseTemplateLocalization", service);
        Reply currencies = call(manager, "getSupportedCurrencies", "");
        Reply notPublished = call(manager, "activateService", service);
        Reply stale = call(
                manager,
                "updateService",
                "<service><tns:key>" + key + "</tns:key><tns:version>0</tns:version>"
                        + "<tns:serviceId>soap-priced</tns:serviceId><tns:name>Renamed</tns:name></service>");
        Reply foreign = call(otherManager, "getServiceDetails", service);

        assertThat(saved.fault()).as(saved.text()).isNull();
        assertThat(saved.value("currencyISOCode")).isEqualTo("EUR");
        assertThat(saved.value("pricePerPeriod")).isEqualTo("12.5");
        assertThat(saved.value("roleId")).isEqualTo("ADMIN");
        assertThat(currency.fault()).as(currency.text()).isEqualTo("CurrencyException");
        assertThat(priceModelKey).isNotEqualTo(key);
        assertThat(texts.value("text")).isEqualTo("Per month");
        assertThat(templates.value("text")).isEqualTo("Licensed per seat");
        assertThat(values(currencies, "return")).contains("EUR");
        assertThat(notPublished.fault()).as(notPublished.text()).isEqualTo("ServiceNotPublishedException");
        assertThat(stale.fault()).as(stale.text()).isEqualTo("ConcurrentModificationException");
        assertThat(foreign.fault()).as(foreign.text()).isEqualTo("ObjectNotFoundException");
    }

    @Test
    void upDowngradeOptionsAreSetReadAndRefusedAcrossTechnicalServices() throws Exception {
        String basic = create("soap-up-basic", "Basic").value("key");
        String pro = create("soap-up-pro", "Pro").value("key");

        Reply set = call(
                manager,
                "setCompatibleServices",
                keyOnly("service", basic, "0") + keyOnly("compatibleServices", pro, "0"));
        Reply options = call(manager, "getCompatibleServices", keyOnly("service", basic, "0"));
        Reply candidates = call(manager, "getPotentialCompatibleServices", keyOnly("service", pro, "0"));
        Reply onPath = call(manager, "isPartOfUpgradePath", keyOnly("service", pro, "0"));
        Reply itself = call(
                manager,
                "setCompatibleServices",
                keyOnly("service", basic, "0") + keyOnly("compatibleServices", basic, "0"));
        Reply foreign = call(otherManager, "getCompatibleServices", keyOnly("service", basic, "0"));

        assertThat(set.fault()).as(set.text()).isNull();
        assertThat(values(options, "serviceId")).containsExactly("soap-up-pro");
        assertThat(values(candidates, "serviceId")).contains("soap-up-basic").doesNotContain("soap-up-pro");
        assertThat(values(candidates, "compatible")).contains("false");
        assertThat(onPath.value("return")).isEqualTo("true");
        assertThat(itself.fault()).as(itself.text()).isEqualTo("ServiceCompatibilityException");
        assertThat(itself.value("messageKey")).isEqualTo("ex.ServiceCompatibilityException.TECH_SERVICE");
        assertThat(values(call(manager, "getCompatibleServices", keyOnly("service", basic, "0")), "serviceId"))
                .as("a refused set changes nothing")
                .containsExactly("soap-up-pro");
        assertThat(foreign.fault()).as(foreign.text()).isEqualTo("ObjectNotFoundException");
    }

    private static Reply create(String serviceId, String name) throws Exception {
        return call(
                manager,
                "createService",
                keyOnly("technicalService", String.valueOf(technicalServiceKey), "0")
                        + "<service><tns:name>" + name + "</tns:name><tns:parameters>"
                        + "<tns:configurable>false</tns:configurable><tns:parameterDefinition>"
                        + "<tns:parameterId>MAX_USERS</tns:parameterId></tns:parameterDefinition>"
                        + "<tns:value>20</tns:value></tns:parameters><tns:serviceId>" + serviceId
                        + "</tns:serviceId></service>");
    }

    private static String priceModel(String currency, String description) {
        return "<priceModel><tns:currencyISOCode>" + currency + "</tns:currencyISOCode>"
                + (description == null ? "" : "<tns:description>" + description + "</tns:description>")
                + "<tns:freePeriod>0</tns:freePeriod><tns:period>MONTH</tns:period>"
                + "<tns:pricePerPeriod>12.5</tns:pricePerPeriod>"
                + "<tns:roleSpecificUserPrices><tns:pricePerUser>2</tns:pricePerUser>"
                + "<tns:role><tns:roleId>ADMIN</tns:roleId></tns:role></tns:roleSpecificUserPrices>"
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
