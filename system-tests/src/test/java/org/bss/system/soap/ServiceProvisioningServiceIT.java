package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * ServiceProvisioningService/BASIC, technical-service operations (docs/soap.md), with raw SOAP 1.1 over HTTP as a
 * client without generated stubs sends it: a technology manager of a technology provider imports a file (base64),
 * lists, exports and imports the export again; a file with problems is an ImportException with every problem's line
 * and column and stores nothing; an unreachable provisioning URL is TechnicalServiceNotAliveException; deletion checks
 * the version; another provider's technical service is "not found"; a supplier's service manager sees what it may use.
 */
class ServiceProvisioningServiceIT {

    private static final String SERVICE = "ServiceProvisioningService";
    private static final String FILE_NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization provider;
    private static TestOrganization otherProvider;
    private static TestOrganization supplier;
    private static TestUser manager;
    private static TestUser otherManager;
    private static TestUser serviceManager;

    @BeforeAll
    static void fixtures() {
        provider = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        otherProvider = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        supplier = TestOrganizations.create("SUPPLIER");
        manager = TestOrganizations.addUser(provider, "techmgr", "TECHNOLOGY_MANAGER");
        otherManager = TestOrganizations.addUser(otherProvider, "techmgr", "TECHNOLOGY_MANAGER");
        serviceManager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(provider, otherProvider, supplier);
    }

    /** One technical service of a listing: key, version and the whole return element. */
    record Listed(long key, int version, Element element) {
        String value(String localName) {
            NodeList nodes = element.getElementsByTagNameNS(AccountServiceIT.NS, localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }
    }

    @Test
    void importListExportAndImportTheExportAgain() throws Exception {
        Reply imported = importFile(manager, file(rich("Conference 1.0") + plain("Chat 1.0", "USER")));

        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.fault()).isNull();
        assertThat(imported.value("return")).as("the contract's empty string").isEmpty();

        Map<String, Listed> listed = list(manager, "TECHNOLOGY_PROVIDER");
        assertThat(listed).containsKeys("Conference 1.0", "Chat 1.0");
        Listed conference = listed.get("Conference 1.0");
        assertThat(conference.key()).isPositive();
        assertThat(conference.value("accessType")).isEqualTo("LOGIN");
        assertThat(conference.value("baseUrl")).isEqualTo("http://conference.example");
        assertThat(conference.value("loginPath")).isEqualTo("/login");
        assertThat(conference.value("technicalServiceBuildId")).isEqualTo("b42");
        assertThat(conference.value("technicalServiceDescription")).isEqualTo("Video conferences");
        assertThat(conference.value("license")).isEqualTo("Licensed per seat");
        assertThat(conference.value("parameterId")).isEqualTo("PLAN");
        assertThat(conference.value("valueType")).isEqualTo("ENUMERATION");
        assertThat(conference.value("optionId")).isEqualTo("S");
        assertThat(conference.value("optionDescription")).isEqualTo("Small");
        assertThat(conference.value("eventId")).isEqualTo("MINUTES");
        assertThat(conference.value("eventType")).isEqualTo("SERVICE_EVENT");
        assertThat(conference.value("roleId")).isEqualTo("ADMIN");
        assertThat(conference.value("name")).isEqualTo("Administrator");
        assertThat(conference.value("operationId")).isEqualTo("RESTART");
        assertThat(conference.value("operationName")).isEqualTo("Restart");

        Reply one = call(manager, "exportTechnicalServices", keyOnly("technicalServices", conference.key(), 0));
        String exported = new String(Base64.getMimeDecoder().decode(one.value("return")), StandardCharsets.UTF_8);
        assertThat(exported).contains("id=\"Conference 1.0\"").doesNotContain("Chat 1.0");

        String all = exportAll(manager);
        Reply again = importFile(manager, all);
        assertThat(again.value("return")).as(again.text()).isEmpty();
        assertThat(exportAll(manager)).as("the export reads back unchanged").isEqualTo(all);
    }

    @Test
    void aFileWithProblemsIsAnImportFaultWithEveryProblemAndNothingIsStored() throws Exception {
        String broken = file(
                plain("Fine 2.0", "USER") + "\n" + plain("Bad 2.0", "SOMETIMES") + "\n" + plain("Fine 2.0", "USER"));

        Reply refused = importFile(manager, broken);

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.fault()).as(refused.text()).isEqualTo("ImportException");
        assertThat(refused.value("messageKey")).isEqualTo("ex.ImportException");
        assertThat(refused.value("details")).contains("line 3, column ").contains("SOMETIMES");
        assertThat(refused.value("messageParams")).startsWith("line 3, column ");
        assertThat(refused.value("faultstring")).startsWith("EXCEPTIONID ");
        assertThat(list(manager, "TECHNOLOGY_PROVIDER")).doesNotContainKey("Fine 2.0");
    }

    @Test
    void anUnreachableProvisioningUrlIsNotAliveAndAReachableOnePasses() throws Exception {
        String health = OperatorServiceIT.BASE + "/bss/api/v1/health";
        importFile(
                manager,
                file("<tns:TechnicalService id=\"Alive 1.0\" accessType=\"USER\" provisioningUrl=\"" + health + "\"/>"
                        + "<tns:TechnicalService id=\"Dead 1.0\" accessType=\"USER\""
                        + " provisioningUrl=\"http://127.0.0.1:1/wsdl\"/>"));
        Map<String, Listed> listed = list(manager, "TECHNOLOGY_PROVIDER");

        Reply alive = call(
                manager,
                "validateTechnicalServiceCommunication",
                keyOnly("technicalService", listed.get("Alive 1.0").key(), 0));
        Reply dead = call(
                manager,
                "validateTechnicalServiceCommunication",
                keyOnly("technicalService", listed.get("Dead 1.0").key(), 0));

        assertThat(alive.status()).as(alive.text()).isEqualTo(200);
        assertThat(alive.fault()).isNull();
        assertThat(dead.fault()).as(dead.text()).isEqualTo("TechnicalServiceNotAliveException");
        assertThat(dead.value("messageKey")).isEqualTo("ex.TechnicalServiceNotAliveException.CONNECTION_REFUSED");
        assertThat(dead.value("faultstring")).contains("Dead 1.0").contains("http://127.0.0.1:1/wsdl");
    }

    @Test
    void deletionChecksTheVersionAndAnotherProvidersTechnicalServiceIsNotFound() throws Exception {
        importFile(manager, file(plain("Doomed 1.0", "USER")));
        Listed doomed = list(manager, "TECHNOLOGY_PROVIDER").get("Doomed 1.0");

        Reply stale = call(
                manager, "deleteTechnicalService", keyOnly("technicalService", doomed.key(), doomed.version() - 1));
        Reply foreign = call(
                otherManager, "deleteTechnicalService", keyOnly("technicalService", doomed.key(), doomed.version()));
        Reply foreignExport =
                call(otherManager, "exportTechnicalServices", keyOnly("technicalServices", doomed.key(), 0));
        assertThat(list(manager, "TECHNOLOGY_PROVIDER")).containsKey("Doomed 1.0");
        Reply deleted =
                call(manager, "deleteTechnicalService", keyOnly("technicalService", doomed.key(), doomed.version()));
        Reply again =
                call(manager, "deleteTechnicalService", keyOnly("technicalService", doomed.key(), doomed.version()));

        assertThat(stale.fault()).as(stale.text()).isEqualTo("ConcurrentModificationException");
        assertThat(foreign.fault()).as(foreign.text()).isEqualTo("ObjectNotFoundException");
        assertThat(foreign.value("classEnum")).isEqualTo("TECHNICAL_SERVICE");
        assertThat(foreignExport.fault()).as(foreignExport.text()).isEqualTo("ObjectNotFoundException");
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(deleted.fault()).isNull();
        assertThat(again.fault()).isEqualTo("ObjectNotFoundException");
        assertThat(list(manager, "TECHNOLOGY_PROVIDER")).doesNotContainKey("Doomed 1.0");
    }

    @Test
    void aTechnicalServiceThatServicesAreDefinedOnIsADeletionConstraint() throws Exception {
        importFile(manager, file(plain("Used 1.0", "USER")));
        Listed used = list(manager, "TECHNOLOGY_PROVIDER").get("Used 1.0");
        defineService(used.key(), supplier.orgKey(), "uses-it");

        Reply refused =
                call(manager, "deleteTechnicalService", keyOnly("technicalService", used.key(), used.version()));

        assertThat(refused.fault()).as(refused.text()).isEqualTo("DeletionConstraintException");
        assertThat(refused.value("classEnum")).isEqualTo("TECHNICAL_SERVICE");
        assertThat(refused.value("dependentClassEnum")).isEqualTo("SERVICE");
        assertThat(refused.value("faultstring")).contains("uses-it");
        assertThat(list(manager, "TECHNOLOGY_PROVIDER")).containsKey("Used 1.0");
    }

    @Test
    void aSupplierSeesTheTechnicalServicesItIsAllowedToUse() throws Exception {
        importFile(manager, file(plain("Shared 1.0", "USER") + plain("Private 1.0", "USER")));
        long shared = list(manager, "TECHNOLOGY_PROVIDER").get("Shared 1.0").key();
        allow(shared, supplier.orgKey());

        Map<String, Listed> usable = list(serviceManager, "SUPPLIER");

        assertThat(usable.keySet()).containsExactly("Shared 1.0");
        assertThat(usable.get("Shared 1.0").key()).isEqualTo(shared);
    }

    @Test
    void aTechnicalServiceIsRegisteredByHandAndItsTextsEditedButNotTheLicenseOfOneInUse() throws Exception {
        Reply created = call(
                manager,
                "createTechnicalService",
                "<technicalService><tns:accessType>DIRECT</tns:accessType>"
                        + "<tns:license>Per seat</tns:license>"
                        + "<tns:technicalServiceDescription>By hand</tns:technicalServiceDescription>"
                        + "<tns:technicalServiceId>Hand 1.0</tns:technicalServiceId></technicalService>");
        Reply again = call(
                manager,
                "createTechnicalService",
                "<technicalService><tns:accessType>DIRECT</tns:accessType>"
                        + "<tns:technicalServiceId>Hand 1.0</tns:technicalServiceId></technicalService>");
        Listed hand = list(manager, "TECHNOLOGY_PROVIDER").get("Hand 1.0");
        Reply described = call(
                manager,
                "saveTechnicalServiceLocalization",
                "<technicalService><tns:key>" + hand.key() + "</tns:key><tns:version>" + hand.version()
                        + "</tns:version><tns:license>Per seat</tns:license>"
                        + "<tns:technicalServiceDescription>Described again</tns:technicalServiceDescription>"
                        + "</technicalService>");
        defineService(hand.key(), supplier.orgKey(), "uses-hand");
        Reply relicensed = call(
                manager,
                "saveTechnicalServiceLocalization",
                "<technicalService><tns:key>" + hand.key() + "</tns:key><tns:version>" + hand.version()
                        + "</tns:version><tns:license>Per minute</tns:license></technicalService>");

        assertThat(created.fault()).as(created.text()).isNull();
        assertThat(created.value("technicalServiceId")).isEqualTo("Hand 1.0");
        assertThat(created.value("license")).isEqualTo("Per seat");
        assertThat(again.fault()).as(again.text()).isEqualTo("NonUniqueBusinessKeyException");
        assertThat(again.value("classEnum")).isEqualTo("TECHNICAL_SERVICE");
        assertThat(described.fault()).as(described.text()).isNull();
        assertThat(relicensed.fault()).as(relicensed.text()).isEqualTo("UpdateConstraintException");
        assertThat(exportAll(manager)).contains("Described again", "Per seat").doesNotContain("Per minute");
    }

    /** The caller's organization lacks the role, or the caller the user role: OrganizationAuthoritiesException. */
    @Test
    void theWrongRoleIsRefused() throws Exception {
        Reply supplierAsProvider = call(serviceManager, "getTechnicalServices", "<role>TECHNOLOGY_PROVIDER</role>");
        Reply providerAsSupplier = call(manager, "getTechnicalServices", "<role>SUPPLIER</role>");
        Reply adminWithoutRole = call(provider.admin(), "getTechnicalServices", "<role>TECHNOLOGY_PROVIDER</role>");
        Reply importBySupplier = importFile(serviceManager, file(plain("Never 1.0", "USER")));

        assertThat(supplierAsProvider.fault())
                .as(supplierAsProvider.text())
                .isEqualTo("OrganizationAuthoritiesException");
        assertThat(providerAsSupplier.fault())
                .as(providerAsSupplier.text())
                .isEqualTo("OrganizationAuthoritiesException");
        assertThat(adminWithoutRole.fault()).as(adminWithoutRole.text()).isEqualTo("OrganizationAuthoritiesException");
        assertThat(importBySupplier.fault()).as(importBySupplier.text()).isEqualTo("OperationNotPermittedException");
        assertThat(list(manager, "TECHNOLOGY_PROVIDER")).doesNotContainKey("Never 1.0");
    }

    private static Reply call(TestUser user, String operation, String children) throws Exception {
        return AccountServiceIT.call(SERVICE, user, operation, children);
    }

    private static Reply importFile(TestUser user, String xml) throws Exception {
        return call(
                user,
                "importTechnicalServices",
                "<xml>" + Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)) + "</xml>");
    }

    private static String exportAll(TestUser user) throws Exception {
        Reply reply = call(user, "exportTechnicalServices", "");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return new String(Base64.getMimeDecoder().decode(reply.value("return")), StandardCharsets.UTF_8);
    }

    /** The technical services of a getTechnicalServices answer by id, in the answer's order. */
    private static Map<String, Listed> list(TestUser user, String role) throws Exception {
        Reply reply = call(user, "getTechnicalServices", "<role>" + role + "</role>");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        Map<String, Listed> byId = new LinkedHashMap<>();
        NodeList returns = reply.doc().getElementsByTagName("return");
        for (int i = 0; i < returns.getLength(); i++) {
            Element service = (Element) returns.item(i);
            List<Element> children = children(service);
            Listed listed = new Listed(
                    Long.parseLong(text(children, "key")), Integer.parseInt(text(children, "version")), service);
            byId.put(text(children, "technicalServiceId"), listed);
        }
        return byId;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** The text of the first direct child of this local name (not of the nested VOs). */
    private static String text(List<Element> children, String localName) {
        return children.stream()
                .filter(e -> localName.equals(e.getLocalName()))
                .findFirst()
                .map(Element::getTextContent)
                .orElse(null);
    }

    /** A VOTechnicalService parameter that names only key and version. */
    private static String keyOnly(String parameter, long key, int version) {
        return "<" + parameter + "><tns:key>" + key + "</tns:key><tns:version>" + version + "</tns:version></"
                + parameter + ">";
    }

    /** A service of the supplier on the technical service, stored as the server stores one (no parameters). */
    private static void defineService(long tsKey, long supplierKey, String serviceId) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into service (service_key, org_key, ts_key,"
                    + " service_id, status, auto_assign_user, version, created_at, updated_at)"
                    + " values (nextval('service_seq'), ?, ?, ?, 'INACTIVE', false, 1, now(), now())")) {
                s.setLong(1, supplierKey);
                s.setLong(2, tsKey);
                s.setString(3, serviceId);
                return s.executeUpdate();
            }
        });
    }

    private static void allow(long tsKey, long supplierKey) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("insert into technical_service_supplier (ts_key, org_key) values (?, ?)")) {
                s.setLong(1, tsKey);
                s.setLong(2, supplierKey);
                return s.executeUpdate();
            }
        });
    }

    private static String file(String services) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices xmlns:tns=\"" + FILE_NS + "\">"
                + services + "</tns:TechnicalServices>";
    }

    /** A technical service with a parameter and its option, an event, a role and an operation (texts in en). */
    private static String rich(String id) {
        return "<tns:TechnicalService id=\"" + id + "\" build=\"b42\" accessType=\"LOGIN\""
                + " baseUrl=\"http://conference.example\" loginPath=\"/login\">"
                + "<AccessInfo locale=\"en\">Log in with your BSS user.</AccessInfo>"
                + "<LocalizedDescription locale=\"en\">Video conferences</LocalizedDescription>"
                + "<LocalizedLicense locale=\"en\">Licensed per seat</LocalizedLicense>"
                + "<ParameterDefinition id=\"PLAN\" valueType=\"ENUMERATION\" default=\"S\"><Options>"
                + "<Option id=\"S\"><LocalizedOption locale=\"en\">Small</LocalizedOption></Option></Options>"
                + "<LocalizedDescription locale=\"en\">Plan</LocalizedDescription></ParameterDefinition>"
                + "<Event id=\"MINUTES\"><LocalizedDescription locale=\"en\">Minutes</LocalizedDescription></Event>"
                + "<Role id=\"ADMIN\"><LocalizedName locale=\"en\">Administrator</LocalizedName>"
                + "<LocalizedDescription locale=\"en\">All rights</LocalizedDescription></Role>"
                + "<Operation id=\"RESTART\" actionURL=\"http://conference.example/ops\">"
                + "<LocalizedName locale=\"en\">Restart</LocalizedName>"
                + "<LocalizedDescription locale=\"en\">Restarts the server</LocalizedDescription>"
                + "<OperationParameter id=\"HOST\" type=\"INPUT_STRING\" mandatory=\"true\">"
                + "<LocalizedName locale=\"en\">Host</LocalizedName></OperationParameter></Operation>"
                + "</tns:TechnicalService>";
    }

    private static String plain(String id, String accessType) {
        return "<tns:TechnicalService id=\"" + id + "\" accessType=\"" + accessType + "\">"
                + "<LocalizedDescription locale=\"en\">" + id + "</LocalizedDescription>"
                + "<Event id=\"MINUTES\"><LocalizedDescription locale=\"en\">Minutes</LocalizedDescription></Event>"
                + "</tns:TechnicalService>";
    }
}
