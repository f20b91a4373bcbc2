package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bss.system.rest.RestClient.Answer;
import org.bss.system.support.FuzzCorpus;
import org.bss.system.support.FuzzCorpus.Line;
import org.bss.system.support.FuzzState;
import org.bss.system.support.ServerLog;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The REST fuzz corpus ({@code fuzz/rest/requests.txt}): every malformed or hostile request is answered with its
 * client error as a problem body that says what is wrong in words (no Java text), changes nothing in the database and
 * leaves no SEVERE line or stack trace in the server log.
 */
class RestFuzzIT {

    private static TestUser operator;
    private static TestOrganization org;
    private static TestUser user;
    private static final Map<String, String> tokens = new HashMap<>();
    private static ServerLog classLog;

    private final RestClient rest = new RestClient();

    @BeforeAll
    static void fixtures() {
        classLog = ServerLog.mark();
        operator = TestUsers.operator();
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        user = TestOrganizations.addUser(org, "fuzzed");
        TestUser technologyManager = TestOrganizations.addUser(org, "fuzztech", "TECHNOLOGY_MANAGER");
        UserApi api = new UserApi();
        tokens.put("operator", api.token(operator));
        tokens.put("admin", api.token(org.admin()));
        tokens.put("techmgr", api.token(technologyManager));
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        TestOrganizations.delete(org);
        TestUsers.delete(operator);
        classLog.assertCleanAfterWrites("RestFuzzIT");
    }

    static Stream<Line> requests() {
        return FuzzCorpus.lines("rest/requests.txt", 6).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aBadRequestIsAClientErrorThatChangesNothing(Line line) {
        Map<String, String> values = Map.of("org", org.orgId(), "user", user.userId());
        String expected = line.field(0);
        String caller = line.field(1);
        String contentType = line.field(4).equals("-") ? null : line.field(4);
        byte[] body = line.field(5).equals("-") ? null : FuzzCorpus.expand(line.field(5), values);
        Map<String, String> headers =
                caller.equals("none") ? Map.of() : Map.of("Authorization", "Bearer " + tokens.get(caller));
        String before = FuzzState.of(org);
        ServerLog log = ServerLog.mark();

        Answer a = rest.sendBytes(
                line.field(2),
                RestClient.API + FuzzCorpus.expandText(line.field(3), values),
                contentType,
                body,
                headers);

        if (expected.endsWith("xx")) {
            assertThat(a.status() / 100).as(a.toString()).isEqualTo(expected.charAt(0) - '0');
        } else {
            assertThat(a.status()).as(a.toString()).isEqualTo(Integer.parseInt(expected));
        }
        assertThat(a.contentType()).as(a.toString()).startsWith(UserApi.PROBLEM_JSON);
        JsonObject problem = a.json();
        assertThat(problem.getInt("status")).isEqualTo(a.status());
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).as(a.toString()).isNotBlank().doesNotContain("Exception", "java.");
        assertThat(FuzzState.of(org)).as("the database after " + line).isEqualTo(before);
        List<String> failures = log.failuresSince();
        assertThat(failures).as("server log after " + line).isEmpty();
    }
}
