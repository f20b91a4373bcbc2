package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /bss/api/v1/technical-services as a technology manager uses it (docs/catalog.md): import a technical-services file,
 * list, export and import the export again; a file with problems is refused whole with every problem; only
 * technology managers of technology providers get in.
 */
class TechnicalServiceResourceIT {

    private static final String NS = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static TestOrganization provider;
    private static TestOrganization supplier;
    private static TestUser manager;
    private static TestUser supplierManager;
    private final UserApi api = new UserApi();

    @BeforeAll
    static void fixtures() {
        provider = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        supplier = TestOrganizations.create("SUPPLIER");
        manager = TestOrganizations.addUser(provider, "techmgr", "TECHNOLOGY_MANAGER");
        supplierManager = TestOrganizations.addUser(supplier, "techmgr", "TECHNOLOGY_MANAGER");
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(provider, supplier);
    }

    @Test
    void importListExportAndImportTheExportAgain() {
        String token = api.token(manager);

        Answer imported = upload(token, file(service("Video 1.0", "LOGIN") + service("Chat 2.0", "DIRECT")), "en");
        Answer list = api.rest.get("/technical-services", token);
        Answer export = api.rest.get("/technical-services/export?id=Video%201.0", token);
        Answer again = upload(token, export.body(), "en");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(ids(imported.json(), "created")).containsExactly("Video 1.0", "Chat 2.0");
        assertThat(list.array())
                .extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly("Chat 2.0", "Video 1.0");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/xml");
        assertThat(export.body())
                .contains("id=\"Video 1.0\"")
                .doesNotContain("Chat 2.0")
                .contains("MINUTES");
        assertThat(ids(again.json(), "updated")).containsExactly("Video 1.0");
        assertThat(ids(again.json(), "created")).isEmpty();
    }

    @Test
    void aFileWithProblemsIsRefusedWholeWithEveryProblem() {
        String token = api.token(manager);
        String broken = file(service("Fine 1.0", "USER") + "\n" + service("Bad 1.0", "SOMETIMES") + "\n"
                + service("Fine 1.0", "USER"));

        Answer refused = upload(token, broken, "de");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.json();
        assertThat(problem.getString("code")).isEqualTo("catalog.ts.invalidFile");
        assertThat(problem.getJsonArray("errors")).hasSize(1);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getInt("line"))
                .isEqualTo(3);
        assertThat(problem.getString("detail")).contains("nicht importiert");
        Answer list = api.rest.get("/technical-services", token);
        assertThat(list.array())
                .extracting(v -> v.asJsonObject().getString("id"))
                .doesNotContain("Fine 1.0");
    }

    @Test
    void deleteRemovesOneAndAnUnknownIdIsNotFound() {
        String token = api.token(manager);
        upload(token, file(service("Gone 1.0", "USER") + service("Kept 1.0", "USER")), "en");

        Answer deleted = api.rest.send("DELETE", "/technical-services/Gone%201.0", null, null, bearer(token));
        Answer again = api.rest.send("DELETE", "/technical-services/Gone%201.0", null, null, bearer(token));
        Answer unknown = api.rest.get("/technical-services/export?id=none", token);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(api.rest.get("/technical-services", token).array())
                .extracting(v -> v.asJsonObject().getString("id"))
                .contains("Kept 1.0")
                .doesNotContain("Gone 1.0");
    }

    @Test
    void suppliersAreAllowedAndDisallowed() {
        String token = api.token(manager);
        upload(token, file(service("Sold 1.0", "USER")), "en");
        String path = "/technical-services/Sold%201.0/suppliers";

        Answer added = api.rest.send(
                "POST",
                path,
                "application/json",
                "{\"organizationIds\":[\"" + supplier.orgId() + "\"]}",
                bearer(token));
        Answer noSupplier = api.rest.send(
                "POST",
                path,
                "application/json",
                "{\"organizationIds\":[\"" + provider.orgId() + "\"]}",
                bearer(token));
        Answer listed = api.rest.get(path, token);
        Answer removed = api.rest.send("DELETE", path + "/" + supplier.orgId(), null, null, bearer(token));

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.array()).extracting(v -> ((JsonString) v).getString()).containsExactly(supplier.orgId());
        assertThat(noSupplier.status()).as(noSupplier.toString()).isEqualTo(422);
        assertThat(listed.array()).hasSize(1);
        assertThat(removed.array()).isEmpty();
    }

    @Test
    void communicationIsCheckedAgainstTheProvisioningUrl() {
        String token = api.token(manager);
        String health = RestClient.API + "/health";
        upload(
                token,
                file("<tns:TechnicalService id=\"Pinged 1.0\" accessType=\"USER\" provisioningUrl=\"" + health + "\"/>"
                        + "<tns:TechnicalService id=\"Gone 2.0\" accessType=\"USER\" provisioningUrl=\"" + health
                        + "-none\"/>" + service("Mute 1.0", "USER")),
                "en");

        Answer reached = api.rest.send(
                "POST", "/technical-services/Pinged%201.0/communication-check", null, null, bearer(token));
        Answer notFound =
                api.rest.send("POST", "/technical-services/Gone%202.0/communication-check", null, null, bearer(token));
        Answer noUrl =
                api.rest.send("POST", "/technical-services/Mute%201.0/communication-check", null, null, bearer(token));

        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
        assertThat(reached.json().getBoolean("reached")).isTrue();
        assertThat(reached.json().getInt("status")).isEqualTo(200);
        assertThat(notFound.json().getBoolean("reached")).isFalse();
        assertThat(notFound.json().getInt("status")).isEqualTo(404);
        assertThat(noUrl.status()).as(noUrl.toString()).isEqualTo(422);
        assertThat(noUrl.json().getString("code")).isEqualTo("catalog.ts.noProvisioningUrl");
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void onlyTechnologyManagersOfTechnologyProvidersGetIn() {
        Answer admin = api.rest.get("/technical-services", api.token(provider.admin()));
        Answer notAProvider = upload(api.token(supplierManager), file(service("X 1.0", "USER")), "en");
        Answer anonymous = api.rest.get("/technical-services", null);

        assertThat(admin.status()).as(admin.toString()).isEqualTo(403);
        assertThat(notAProvider.status()).as(notAProvider.toString()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private Answer upload(String token, String xml, String language) {
        return api.rest.sendBytes(
                "POST",
                "/technical-services",
                "application/xml",
                xml.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token, "Accept-Language", language));
    }

    private static List<String> ids(JsonObject answer, String field) {
        return answer.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String file(String services) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices xmlns:tns=\"" + NS + "\">" + services
                + "</tns:TechnicalServices>";
    }

    private static String service(String id, String accessType) {
        return "<tns:TechnicalService id=\"" + id + "\" accessType=\"" + accessType + "\">"
                + "<LocalizedDescription locale=\"en\">" + id + "</LocalizedDescription>"
                + "<Event id=\"MINUTES\"><LocalizedDescription locale=\"en\">Minutes</LocalizedDescription></Event>"
                + "</tns:TechnicalService>";
    }
}
