package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.rest.UserApi.assertInvalid;
import static org.bss.system.rest.UserApi.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV user import through REST (USR-5, App. F): the file as a text/csv body, 202 with the import's address, polling
 * until it is done, rejected lines with their numbers and reasons in the caller's language; refused uploads.
 */
class UserImportIT {

    private static final Duration DONE_WITHIN = Duration.ofSeconds(60);

    private static TestOrganization org;
    private static TestOrganization other;

    private final UserApi api = new UserApi();
    private String admin;

    @BeforeAll
    static void fixtures() {
        TestMailServer.start(); // imported users get their initial password by mail
        org = TestOrganizations.create();
        other = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() {
        TestOrganizations.delete(org, other);
    }

    @BeforeEach
    void token() {
        admin = api.token(org.admin());
    }

    private String importsOf(TestOrganization o) {
        return "/organizations/" + o.orgId() + "/user-imports";
    }

    /** Polls the import until it is no longer RUNNING. */
    private JsonObject awaitDone(String location, String language) {
        long deadline = System.nanoTime() + DONE_WITHIN.toNanos();
        while (true) {
            Answer a = api.send("GET", location, admin, null, null, language);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            JsonObject state = a.json();
            if (!"RUNNING".equals(state.getString("status"))) {
                return state;
            }
            assertThat(System.nanoTime())
                    .as("import done within " + DONE_WITHIN + ": " + state)
                    .isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void anImportCreatesTheGoodLinesAndListsTheRejectedOnes() {
        String tag = "imp" + UUID.randomUUID().toString().substring(0, 6);
        String csv = String.join(
                        "\n",
                        "st-u-" + tag + "-a,a-" + tag + "@bss.test,de,MS,Anna,Älter,SUBSCRIPTION_MANAGER",
                        "",
                        "st-u-" + tag + "-b,b-" + tag
                                + "@bss.test,ja,,山田,花子,\"ORGANIZATION_ADMIN, SUBSCRIPTION_MANAGER\"",
                        "st-u-" + tag + "-c,c-" + tag + "@bss.test,en,,,,SERVICE_MANAGER",
                        "st-u-" + tag + "-a,again-" + tag + "@bss.test,en,,,,SUBSCRIPTION_MANAGER",
                        "st-u-" + tag + "-d,not-an-address,en,,,,SUBSCRIPTION_MANAGER",
                        org.admin().userId() + ",e-" + tag + "@bss.test,en,,,,SUBSCRIPTION_MANAGER")
                + "\n";

        Answer started = api.send("POST", importsOf(org), admin, "text/csv; charset=UTF-8", csv, "de");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location)
                .contains("/bss/api/v1/user-imports/" + started.json().getString("importId"));
        assertThat(started.json().getString("organizationId")).isEqualTo(org.orgId());
        assertThat(started.json().getInt("totalRows")).isEqualTo(6);

        JsonObject done = awaitDone(location, "de");

        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("totalRows")).isEqualTo(6);
        assertThat(done.getInt("processedRows")).isEqualTo(6);
        assertThat(done.getInt("importedUsers")).isEqualTo(2);
        assertThat(done.getInt("rejectedRows")).isEqualTo(4);
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getString("finishedAt")).isNotBlank();
        List<JsonObject> rejected = done.getJsonArray("rejected").getValuesAs(JsonObject.class);
        assertThat(rejected).extracting(r -> r.getInt("line")).containsExactly(4, 5, 6, 7);
        assertThat(rejected.get(0).getString("userId")).isEqualTo("st-u-" + tag + "-c");
        assertThat(rejected.get(0).getString("reason"))
                .startsWith("Die Rolle SERVICE_MANAGER ist in dieser Organisation nicht verfügbar");
        assertThat(rejected.get(1).getString("reason"))
                .isEqualTo("Die Benutzer-ID st-u-" + tag + "-a steht bereits in Zeile 1.");
        assertThat(rejected.get(3).getString("reason")).contains(org.admin().userId());
        // the same import in English
        Answer english = api.send("GET", location, admin, null, null, "en");
        assertThat(english.json().getJsonArray("rejected").getJsonObject(1).getString("reason"))
                .isEqualTo("The user ID st-u-" + tag + "-a already appears on line 1.");

        JsonObject list = api.send(
                        "GET", "/organizations/" + org.orgId() + "/users?filter=" + tag, admin, null, null, null)
                .json();
        assertThat(list.getInt("total")).isEqualTo(2);
        JsonObject b = list.getJsonArray("items").getJsonObject(1);
        assertThat(b.getString("userId")).isEqualTo("st-u-" + tag + "-b");
        assertThat(b.getString("firstName")).isEqualTo("山田");
        assertThat(b.getJsonArray("roles").toString())
                .contains("ORGANIZATION_ADMIN")
                .contains("SUBSCRIPTION_MANAGER");
        assertThat(b.getBoolean("passwordChangeRequired")).isTrue();
        assertThat(TestMailServer.subject(TestMailServer.awaitMail("b-" + tag + "@bss.test", UserApi.MAIL_WAIT)))
                .isEqualTo("BSS ユーザーアカウント作成のお知らせ");
    }

    /** An import row as the server writes it, last progress at {@code lastProgress}. */
    private static String runningImport(TestOrganization o, Instant lastProgress) {
        String id = UUID.randomUUID().toString();
        TestDatabase.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into user_import (import_id, org_key, requested_by,"
                    + " status, total_rows, processed_rows, imported_users, rejected_rows, started_at, last_progress_at,"
                    + " version) values (?, ?, ?, 'RUNNING', 1000, 200, 190, 10, ?, ?, 0)")) {
                ps.setString(1, id);
                ps.setLong(2, o.orgKey());
                ps.setString(3, o.admin().userId());
                ps.setTimestamp(4, Timestamp.from(lastProgress.minusSeconds(5)));
                ps.setTimestamp(5, Timestamp.from(lastProgress));
                return ps.executeUpdate();
            }
        });
        return id;
    }

    @Test
    void anImportCutOffByAServerStopIsReportedFailed() {
        String stalled = runningImport(org, Instant.now().minus(Duration.ofDays(1))); // its server stopped mid-import
        String running = runningImport(org, Instant.now());

        JsonObject failed = api.send("GET", "/user-imports/" + stalled, admin, null, null, "en")
                .json();
        JsonObject stillRunning = api.send("GET", "/user-imports/" + running, admin, null, null, "en")
                .json();

        assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.getString("finishedAt")).isNotBlank();
        assertThat(failed.getInt("processedRows")).isEqualTo(200);
        assertThat(failed.getInt("importedUsers")).isEqualTo(190);
        assertThat(stillRunning.getString("status")).as(stillRunning.toString()).isEqualTo("RUNNING");
    }

    @Test
    void anotherOrganizationsAdministratorFindsNoImport() {
        String tag = "imq" + UUID.randomUUID().toString().substring(0, 6);
        Answer started = api.send(
                "POST",
                importsOf(org),
                admin,
                "text/csv",
                "st-u-" + tag + ",x-" + tag + "@bss.test,en,,,,SUBSCRIPTION_MANAGER\n",
                null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String stranger = api.token(other.admin());

        assertProblem(api.send("GET", started.header("Location"), stranger, null, null, null), 404, "not-found");
        assertProblem(api.send("GET", "/user-imports/no-such-import", admin, null, null, null), 404, "not-found");
        JsonObject refused = assertProblem(
                api.send(
                        "POST",
                        importsOf(org),
                        stranger,
                        "text/csv",
                        "st-u-" + tag + "-2,y@bss.test,en,,,,SUBSCRIPTION_MANAGER\n",
                        null),
                404,
                "not-found");
        assertThat(refused.getString("code")).isEqualTo("account.organization.notFound");
        assertProblem(api.send("POST", importsOf(org), null, "text/csv", "a,b@c.de,en\n", null), 401, "authentication");
        assertThat(awaitDone(started.header("Location"), null).getInt("importedUsers"))
                .isEqualTo(1);
    }

    @Test
    void onlyUtf8CsvIsAccepted() {
        int before = TestOrganizations.userCount(org);
        String csv = "st-u-x,x@bss.test,en,,,,SUBSCRIPTION_MANAGER\n";

        JsonObject latin1 = assertProblem(
                api.send("POST", importsOf(org), admin, "text/csv; charset=ISO-8859-1", csv, null),
                415,
                "unsupported-media-type");
        JsonObject json = assertProblem(
                api.send("POST", importsOf(org), admin, "application/json", csv, "ja"), 415, "unsupported-media-type");
        JsonObject none =
                assertProblem(api.send("POST", importsOf(org), admin, null, csv, null), 415, "unsupported-media-type");

        assertThat(latin1.getString("detail")).contains("UTF-8").contains("ISO-8859-1");
        assertThat(json.getString("detail"))
                .contains("text/csv")
                .contains("application/json")
                .contains("CSV ファイル");
        assertThat(none.getString("detail")).contains("text/csv");
        assertThat(TestOrganizations.userCount(org)).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsRefusedAsAWhole() throws Exception {
        int before = TestOrganizations.userCount(org);
        byte[] latin1 = "st-u-latin,l@bss.test,de,,J\u00fcrgen,M\u00fcller,SUBSCRIPTION_MANAGER\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        JsonObject notUtf8 = assertInvalid(postBytes(importsOf(org), "text/csv", latin1), "userImport.file.notUtf8");
        assertInvalid(api.send("POST", importsOf(org), admin, "text/csv", "\n  \n", null), "userImport.file.empty");
        assertInvalid(api.send("POST", importsOf(org), admin, "text/csv", null, null), "userImport.file.empty");

        assertThat(notUtf8.getString("detail")).contains("1");
        assertThat(TestOrganizations.userCount(org)).isEqualTo(before);
    }

    @Test
    void aFileOverTwentyMegabytesIs413() throws Exception {
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');

        assertProblem(postBytes(importsOf(org), "text/csv", huge), 413, "request-too-large");
    }

    /** POSTs raw bytes (RestClient sends strings as UTF-8). */
    private Answer postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestClient.API + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r);
    }
}
