package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.FuzzCorpus;
import org.bss.system.support.FuzzCorpus.Line;
import org.bss.system.support.FuzzState;
import org.bss.system.support.ServerLog;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV fuzz corpus ({@code fuzz/csv/cases.txt}) uploaded as user imports over REST: a file that cannot be read as
 * a UTF-8 CSV upload is refused with a problem body; a readable one with hostile lines is imported with every line
 * rejected for a reason in words. Either way no user is created, nothing else changes and the server logs no
 * failure.
 */
class CsvFuzzIT {

    private static final Duration DONE_WITHIN = Duration.ofSeconds(60);

    private static TestOrganization org;
    private static String token;
    private static ServerLog classLog;

    private final RestClient rest = new RestClient();

    @BeforeAll
    static void fixtures() {
        classLog = ServerLog.mark();
        org = TestOrganizations.create();
        token = new UserApi().token(org.admin());
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        TestOrganizations.delete(org);
        classLog.assertCleanAfterWrites("CsvFuzzIT");
    }

    static Stream<Line> files() {
        return FuzzCorpus.lines("csv/cases.txt", 3).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileFileCreatesNoUser(Line line) throws InterruptedException {
        String before = FuzzState.of(org);
        ServerLog log = ServerLog.mark();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token, "Accept-Language", "en");

        Answer a = rest.sendBytes(
                "POST",
                "/organizations/" + org.orgId() + "/user-imports",
                line.field(1),
                FuzzCorpus.bytes("csv/" + line.field(2)),
                auth);

        if (line.field(0).equals("refused")) {
            assertThat(a.status() / 100).as(a.toString()).isEqualTo(4);
            assertThat(a.contentType()).as(a.toString()).startsWith(UserApi.PROBLEM_JSON);
            assertThat(a.json().getString("detail"))
                    .as(a.toString())
                    .isNotBlank()
                    .doesNotContain("Exception", "java.");
        } else {
            assertThat(line.field(0)).isEqualTo("rejected");
            assertThat(a.status()).as(a.toString()).isEqualTo(202);
            JsonObject done = awaitDone(a.header("Location"), auth);
            assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
            assertThat(done.getInt("importedUsers")).as(done.toString()).isZero();
            assertThat(done.getInt("rejectedRows"))
                    .as(done.toString())
                    .isEqualTo(done.getInt("totalRows"))
                    .isPositive();
            assertThat(done.getJsonArray("rejected").getValuesAs(JsonObject.class))
                    .as(done.toString())
                    .allSatisfy(
                            r -> assertThat(r.getString("reason")).isNotBlank().doesNotContain("Exception", "java."));
        }
        assertThat(FuzzState.of(org)).as("the database after " + line).isEqualTo(before);
        assertThat(log.failuresSince()).as("server log after " + line).isEmpty();
    }

    private JsonObject awaitDone(String location, Map<String, String> auth) throws InterruptedException {
        long deadline = System.nanoTime() + DONE_WITHIN.toNanos();
        while (true) {
            Answer a = rest.send("GET", location, null, null, auth);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            JsonObject state = a.json();
            if (!"RUNNING".equals(state.getString("status"))) {
                return state;
            }
            assertThat(System.nanoTime())
                    .as("import done within " + DONE_WITHIN + ": " + state)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
