package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.bss.system.soap.SoapWire.Reply;
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
 * The SOAP fuzz corpus ({@code fuzz/soap/requests.txt}): every malformed or hostile request is answered with a fault
 * in words (a Client fault, or a typed fault of the contract) or the expected HTTP status, without Java text, changes
 * nothing in the database and leaves no SEVERE line or stack trace in the server log.
 */
class SoapFuzzIT {

    private static final String ENVELOPE =
            "<S:Envelope xmlns:S=\"" + SoapWire.ENVELOPE_NS + "\" xmlns:tns=\"" + SoapWire.NS + "\"><S:Body>";
    private static final String END = "</S:Body></S:Envelope>";

    private static TestUser operator;
    private static TestOrganization org;
    private static TestUser user;
    private static TestUser technologyManager;
    private static ServerLog classLog;

    @BeforeAll
    static void fixtures() {
        classLog = ServerLog.mark();
        operator = TestUsers.operator();
        org = TestOrganizations.create("TECHNOLOGY_PROVIDER");
        user = TestOrganizations.addUser(org, "fuzzed");
        technologyManager = TestOrganizations.addUser(org, "techmgr", "TECHNOLOGY_MANAGER");
    }

    @AfterAll
    static void cleanUp() throws InterruptedException {
        TestOrganizations.delete(org);
        TestUsers.delete(operator);
        classLog.assertCleanAfterWrites("SoapFuzzIT");
    }

    static Stream<Line> requests() {
        return FuzzCorpus.lines("soap/requests.txt", 5).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aBadRequestIsAFaultInWordsThatChangesNothing(Line line) throws Exception {
        Map<String, String> values = Map.of("env", ENVELOPE, "end", END, "user", user.userId(), "org", org.orgId());
        String expected = line.field(0);
        String authorization = switch (line.field(1)) {
            case "none" -> null;
            case "techmgr" -> SoapWire.basic(technologyManager);
            default -> SoapWire.basic(operator);
        };
        String before = FuzzState.of(org);
        ServerLog log = ServerLog.mark();

        Reply reply =
                SoapWire.post(line.field(2), authorization, line.field(3), FuzzCorpus.expand(line.field(4), values));

        switch (expected) {
            case "client" -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(500);
                assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
            }
            case "fault" -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(500);
                assertThat(reply.detail()).as(reply.text()).isNotBlank();
                assertThat(reply.value("messageKey")).as(reply.text()).startsWith("ex.");
            }
            case "media" -> {
                assertThat(reply.status()).as(reply.text()).isEqualTo(415);
                assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
                assertThat(reply.faultstring()).as(reply.text()).contains("text/xml");
            }
            default -> assertThat(reply.status()).as(reply.text()).isEqualTo(Integer.parseInt(expected));
        }
        assertThat(reply.text()).as("an answer in words").isNotBlank();
        if (reply.faultstring() != null) {
            assertThat(reply.faultstring())
                    .as(reply.text())
                    .isNotBlank()
                    .doesNotContain("java.", "Exception:", "NullPointer", "org.bss", "com.sun");
        }
        assertThat(FuzzState.of(org)).as("the database after " + line).isEqualTo(before);
        assertThat(log.failuresSince()).as("server log after " + line).isEmpty();
    }
}
