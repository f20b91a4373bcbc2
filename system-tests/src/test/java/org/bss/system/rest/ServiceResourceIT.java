package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.AuditRows;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/services as a supplier's service manager uses it (SVC-2, docs/catalog.md): define a service on a
 * technical service the provider allows, read, change, localize, copy and delete it; parameters are checked against
 * the technical service; a technical service in use cannot be deleted nor lose what its services set.
 */
class ServiceResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";
    private static final String PARAMETERS =
            "<ParameterDefinition id=\"MAX_USERS\" mandatory=\"true\" configurable=\"true\" default=\"10\""
                    + " minValue=\"1\" maxValue=\"500\" valueType=\"LONG\">"
                    + "<LocalizedDescription locale=\"en\">Users</LocalizedDescription></ParameterDefinition>"
                    + "<ParameterDefinition id=\"QUALITY\" configurable=\"true\" default=\"HD\" valueType=\"ENUMERATION\">"
                    + "<Options><Option id=\"HD\"><LocalizedOption locale=\"en\">HD</LocalizedOption></Option>"
                    + "<Option id=\"SD\"><LocalizedOption locale=\"en\">SD</LocalizedOption></Option></Options>"
                    + "<LocalizedDescription locale=\"en\">Quality</LocalizedDescription></ParameterDefinition>";

    private static TestOrganization provider;
    private static TestOrganization supplier;
    private static TestOrganization otherSupplier;
    private static TestUser techManager;
    private static TestUser serviceManager;
    private static TestUser otherServiceManager;
    private static long videoKey;
    private static long privateKey;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        provider = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        supplier = TestOrganizations.create("SUPPLIER");
        otherSupplier = TestOrganizations.create("SUPPLIER");
        techManager = TestOrganizations.addUser(provider, "techmgr", "TECHNOLOGY_MANAGER");
        serviceManager = TestOrganizations.addUser(supplier, "svcmgr", "SERVICE_MANAGER");
        otherServiceManager = TestOrganizations.addUser(otherSupplier, "svcmgr", "SERVICE_MANAGER");
        UserApi api = new UserApi();
        String token = api.token(techManager);
        importFile(api, token, service("Video 1.0", PARAMETERS) + service("Private 1.0", ""));
        Answer allowed = api.send(
                "POST",
                "/technical-services/Video%201.0/suppliers",
                token,
                "application/json",
                "{\"organizationIds\":[\"" + supplier.orgId() + "\"]}",
                null);
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        for (JsonValue ts : api.rest.get("/technical-services", token).array()) {
            JsonObject o = ts.asJsonObject();
            if (o.getString("id").equals("Video 1.0")) {
                videoKey = o.getJsonNumber("key").longValue();
            } else if (o.getString("id").equals("Private 1.0")) {
                privateKey = o.getJsonNumber("key").longValue();
            }
        }
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(supplier, otherSupplier, provider);
    }

    @Test
    void defineReadChangeLocalizeCopyAndDelete() {
        String token = api.token(serviceManager);

        Answer defined = define(token, "video-pro", "[{\"id\":\"MAX_USERS\",\"value\":\"50\",\"configurable\":true}]");
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        JsonObject service = defined.json();
        long key = service.getJsonNumber("key").longValue();
        assertThat(defined.header("Location")).endsWith("/bss/api/v1/services/" + key);
        assertThat(defined.header("ETag")).isEqualTo("\"" + service.getInt("version") + "\"");
        assertThat(service.getString("status")).isEqualTo("INACTIVE");
        assertThat(service.getString("technicalServiceId")).isEqualTo("Video 1.0");
        assertThat(service.getString("supplierId")).isEqualTo(supplier.orgId());
        assertThat(parameters(service)).containsExactly("MAX_USERS=50 configurable", "QUALITY=HD fixed");

        Answer changed = api.send(
                "PUT",
                "/services/" + key,
                token,
                "application/json",
                "{\"serviceId\":\"video-pro\",\"texts\":{\"locale\":\"en\",\"name\":\"Video Pro\"},"
                        + "\"parameters\":[{\"id\":\"QUALITY\",\"value\":\"SD\"}],\"version\":"
                        + service.getInt("version") + "}",
                null);
        Answer stale = api.send(
                "PUT",
                "/services/" + key,
                token,
                "application/json",
                "{\"serviceId\":\"video-pro\",\"texts\":{\"locale\":\"en\"},\"version\":" + service.getInt("version")
                        + "}",
                null);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(parameters(changed.json())).containsExactly("MAX_USERS=10 fixed", "QUALITY=SD fixed");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        Answer localized = api.send(
                "PUT",
                "/services/" + key + "/texts/ja",
                token,
                "application/json",
                "{\"name\":\"ビデオ会議\",\"version\":" + changed.json().getInt("version") + "}",
                null);
        assertThat(localized.status()).as(localized.toString()).isEqualTo(200);
        assertThat(localized.json().getJsonArray("texts"))
                .extracting(t -> t.asJsonObject().getString("locale") + ":"
                        + t.asJsonObject().getString("name"))
                .containsExactlyInAnyOrder("en:Video Pro", "ja:ビデオ会議");

        Answer copy = api.send(
                "POST",
                "/services/" + key + "/copies",
                token,
                "application/json",
                "{\"serviceId\":\"video-pro-2\"}",
                null);
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        long copyKey = copy.json().getJsonNumber("key").longValue();
        assertThat(parameters(copy.json())).containsExactly("MAX_USERS=10 fixed", "QUALITY=SD fixed");

        JsonObject list = api.rest.get("/services?limit=1", token).json();
        assertThat(list.getInt("total")).isEqualTo(2);
        assertThat(list.getJsonArray("items")).hasSize(1);

        Answer deleted = api.send("DELETE", "/services/" + copyKey, token, null, null, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api.rest.get("/services/" + copyKey, token).status()).isEqualTo(404);
        assertThat(api.rest.get("/services/" + key, token).status()).isEqualTo(200);
    }

    @Test
    void parametersAreCheckedAgainstTheTechnicalServiceAndNothingIsHalfSaved() {
        String token = api.token(serviceManager);
        long before =
                api.rest.get("/services", token).json().getJsonNumber("total").longValue();

        Answer unknown = define(token, "bad-1", "[{\"id\":\"COLOR\",\"value\":\"red\"}]");
        Answer range = api.send(
                "POST",
                "/services",
                token,
                "application/json",
                body(videoKey, "bad-2", "[{\"id\":\"MAX_USERS\",\"value\":\"501\"}]"),
                "ja");
        Answer option = define(token, "bad-3", "[{\"id\":\"QUALITY\",\"value\":\"4K\"}]");
        Answer badId = define(token, "bad/4", "[]");
        Answer notAllowed =
                api.send("POST", "/services", token, "application/json", body(privateKey, "bad-5", "[]"), null);

        UserApi.assertInvalid(unknown, "catalog.service.unknownParameter");
        JsonObject outOfRange = UserApi.assertInvalid(range, "catalog.service.parameterOutOfRange");
        assertThat(outOfRange.getString("detail")).contains("MAX_USERS", "501", "範囲");
        UserApi.assertInvalid(option, "catalog.service.parameterNoOption");
        UserApi.assertInvalid(badId, "catalog.service.idChars");
        assertThat(notAllowed.status()).as(notAllowed.toString()).isEqualTo(404);
        assertThat(api.rest
                        .get("/services", token)
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(before);
    }

    @Test
    void aTechnicalServiceInUseKeepsWhatItsServicesSet() {
        String token = api.token(serviceManager);
        Answer defined = define(token, "in-use", "[]");
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        long key = defined.json().getJsonNumber("key").longValue();
        String techToken = api.token(techManager);

        Answer delete = api.send("DELETE", "/technical-services/Video%201.0", techToken, null, null, null);
        Answer removeParameter = importFile(api, techToken, service("Video 1.0", ""));
        Answer addParameter = importFile(
                api,
                techToken,
                service(
                        "Video 1.0",
                        PARAMETERS
                                + "<ParameterDefinition id=\"ROOMS\" configurable=\"true\" default=\"2\" valueType=\"LONG\">"
                                + "<LocalizedDescription locale=\"en\">Rooms</LocalizedDescription></ParameterDefinition>"));

        assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
        assertThat(delete.json().getString("detail")).contains("in-use");
        UserApi.assertInvalid(removeParameter, "catalog.ts.parameterInUse");
        assertThat(addParameter.status()).as(addParameter.toString()).isEqualTo(200);
        assertThat(parameters(api.rest.get("/services/" + key, token).json())).contains("ROOMS=2 fixed");
    }

    @Test
    void onlyServiceManagersOfSuppliersAndOnlyTheirOwnServices() {
        String token = api.token(serviceManager);
        Answer defined = define(token, "own", "[]");
        long key = defined.json().getJsonNumber("key").longValue();

        Answer otherSupplierReads = api.rest.get("/services/" + key, api.token(otherServiceManager));
        Answer adminWithoutRole = api.rest.get("/services", api.token(supplier.admin()));
        Answer techManagerOfProvider = api.rest.get("/services", api.token(techManager));
        Answer anonymous = api.rest.get("/services", null);

        assertThat(otherSupplierReads.status())
                .as(otherSupplierReads.toString())
                .isEqualTo(404);
        assertThat(adminWithoutRole.status()).as(adminWithoutRole.toString()).isEqualTo(403);
        assertThat(techManagerOfProvider.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void defineChangeCopyAndDeleteAreAudited() {
        TestUser operator = TestUsers.operator();
        String operatorToken = api.token(operator);
        String before = PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", "true");
        try {
            String token = api.token(serviceManager);
            JsonObject defined = define(token, "audited", "[]").json();
            long key = defined.getJsonNumber("key").longValue();
            api.send(
                    "PUT",
                    "/services/" + key,
                    token,
                    "application/json",
                    "{\"serviceId\":\"audited\",\"texts\":{\"locale\":\"en\",\"name\":\"Audited\","
                            + "\"description\":\"Long\"},\"parameters\":[{\"id\":\"QUALITY\",\"value\":\"SD\"}],"
                            + "\"version\":" + defined.getInt("version") + "}",
                    null);
            Answer copy = api.send(
                    "POST",
                    "/services/" + key + "/copies",
                    token,
                    "application/json",
                    "{\"serviceId\":\"audited-2\"}",
                    null);
            api.send("DELETE", "/services/" + copy.json().getJsonNumber("key").longValue(), token, null, null, null);

            assertThat(entries())
                    .containsExactly(
                            "30090 Define service|serviceId=audited|serviceName=audited|technServiceName=Video 1.0"
                                    + "|shortDescription=NO|description=NO|locale=en|autoAssignUser=NO",
                            "30096 Update service|serviceId=audited|serviceName=Audited|shortDescription=NO"
                                    + "|description=YES|locale=en|autoAssignUser=NO",
                            "30097 Update service parameter|serviceId=audited|serviceName=Audited"
                                    + "|parameterName=QUALITY|userOption=OFF|parameterValue=SD",
                            "30099 Copy service|serviceId=audited|serviceName=Audited|copyId=audited-2"
                                    + "|copyName=Audited",
                            "30100 Delete service|serviceId=audited-2|serviceName=Audited");
        } finally {
            PlatformSettings.set(api, operatorToken, "AUDIT_LOG_ENABLED", before);
            TestUsers.delete(operator);
        }
    }

    /** The service operations the service manager did on the "audited" services, oldest first. */
    private static List<String> entries() {
        return AuditRows.of(serviceManager, supplier.orgId(), 30090, 30104).stream()
                .filter(e -> e.contains("serviceId=audited"))
                .toList();
    }

    private Answer define(String token, String serviceId, String parameters) {
        return api.send("POST", "/services", token, "application/json", body(videoKey, serviceId, parameters), null);
    }

    private static String body(long technicalServiceKey, String serviceId, String parameters) {
        return "{\"technicalServiceKey\":" + technicalServiceKey + ",\"serviceId\":\"" + serviceId
                + "\",\"texts\":{\"locale\":\"en\",\"name\":\"" + serviceId + "\"},\"parameters\":" + parameters + "}";
    }

    private static List<String> parameters(JsonObject service) {
        return service.getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject)
                .map(p -> p.getString("id") + "=" + (p.isNull("value") ? "" : p.getString("value"))
                        + (p.getBoolean("configurable") ? " configurable" : " fixed"))
                .toList();
    }

    private static Answer importFile(UserApi api, String token, String services) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices xmlns:tns=\"" + NS + "\">"
                + services + "</tns:TechnicalServices>";
        return api.rest.sendBytes(
                "POST",
                "/technical-services",
                "application/xml",
                xml.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token));
    }

    private static String service(String id, String parameters) {
        return "<tns:TechnicalService id=\"" + id + "\" accessType=\"LOGIN\" baseUrl=\"http://localhost/app\">"
                + "<LocalizedDescription locale=\"en\">" + id + "</LocalizedDescription>" + parameters
                + "</tns:TechnicalService>";
    }
}
