package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * retrievetimerexpirations and reinittimers against a scripted OperatorService: what is sent, how the answers are
 * read, what is printed (in a fixed time zone), and the exit codes of refusals.
 */
class TimerCommandsTest {

    static final String ENVELOPE = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body>";
    static final String END = "</S:Body></S:Envelope>";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new ArrayList<>();

    /** A response wrapper with one voTimerInfo per type/expiration pair, as Metro writes it. */
    static String timers(String wrapper, String... typeAndExpiration) {
        StringBuilder b = new StringBuilder(ENVELOPE + "<ns2:" + wrapper + " xmlns:ns2='http://oscm.org/xsd'>");
        for (int i = 0; i < typeAndExpiration.length; i += 2) {
            b.append("<return><ns2:expirationDate>")
                    .append(typeAndExpiration[i + 1])
                    .append("</ns2:expirationDate><ns2:timerType>")
                    .append(typeAndExpiration[i])
                    .append("</ns2:timerType></return>");
        }
        return b.append("</ns2:").append(wrapper).append('>').append(END).toString();
    }

    private void execute(String answer, String... args) throws CliException {
        Invocation inv = Invocation.parse(args);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new TimerCommands(
                        envelope -> {
                            requests.add(envelope);
                            return answer;
                        },
                        print,
                        TOKYO)
                .execute(inv);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void retrievetimerexpirationsPrintsEachTimerInTheClientsZone() throws CliException {
        execute(
                timers(
                        "getTimerExpirationInformationResponse",
                        "RESTRICTED_SUBSCRIPTION_USAGE_PERIOD",
                        "2027-01-01T15:00:00Z",
                        "BILLING_INVOCATION",
                        "2027-01-05T09:30:00.000+09:00"),
                "1000",
                "pw",
                "retrievetimerexpirations");

        assertThat(requests)
                .singleElement()
                .asString()
                .contains(
                        "<S:Body><tns:getTimerExpirationInformation/></S:Body>",
                        "<auth xmlns=\"http://com/auth/\" S:actor=\"cm.service.version\">v1.9</auth>");
        assertThat(out().lines())
                .containsExactly(
                        "Currently registered timers:",
                        "Timer 'RESTRICTED_SUBSCRIPTION_USAGE_PERIOD' expires at: 2027-01-02 00:00:00 +09:00",
                        "Timer 'BILLING_INVOCATION' expires at: 2027-01-05 09:30:00 +09:00");
    }

    @Test
    void reinittimersSaysSoAndPrintsTheNewExpirations() throws CliException {
        execute(
                timers("reInitTimersResponse", "DISCOUNT_END_CHECK", "2027-03-31T15:00:00Z"),
                "1000",
                "pw",
                "ReInitTimers");

        assertThat(requests).singleElement().asString().contains("<S:Body><tns:reInitTimers/></S:Body>");
        assertThat(out().lines())
                .containsExactly(
                        "Timers re-initialised from the current settings.",
                        "Currently registered timers:",
                        "Timer 'DISCOUNT_END_CHECK' expires at: 2027-04-01 00:00:00 +09:00");
    }

    @Test
    void noRegisteredTimers() throws CliException {
        execute(
                ENVELOPE + "<ns2:getTimerExpirationInformationResponse xmlns:ns2='http://oscm.org/xsd'/>" + END,
                "1000",
                "pw",
                "retrievetimerexpirations");

        assertThat(out()).isEqualTo("No timers are registered." + System.lineSeparator());
    }

    @Test
    void aDateTimeWithoutOffsetIsUtc() throws CliException {
        assertThat(TimerSoap.dateTime("2027-01-01T00:00:00")).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(TimerSoap.dateTime("2027-01-01T00:00:00.250-05:00"))
                .isEqualTo(Instant.parse("2027-01-01T05:00:00.250Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2027-01-01", "2027-13-01T00:00:00Z"})
    void anExpirationThatIsNoDateTimeIsAnUnexpectedAnswer(String text) {
        assertThatThrownBy(() -> execute(
                        timers("getTimerExpirationInformationResponse", "BILLING_INVOCATION", text),
                        "1000",
                        "pw",
                        "retrievetimerexpirations"))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.OTHER);
                    assertThat(e.getMessage())
                            .startsWith("Unexpected answer from the server")
                            .contains(text);
                });
        assertThat(out()).isEmpty();
    }

    @Test
    void aTimerWithoutTypeOrTheWrongWrapperIsAnUnexpectedAnswer() {
        String noType = ENVELOPE + "<ns2:getTimerExpirationInformationResponse xmlns:ns2='http://oscm.org/xsd'><return>"
                + "<ns2:expirationDate>2027-01-01T00:00:00Z</ns2:expirationDate></return></ns2:getTimerExpirationInformationResponse>"
                + END;
        assertThatThrownBy(() -> execute(noType, "1000", "pw", "retrievetimerexpirations"))
                .hasMessageContaining("without timerType");
        assertThatThrownBy(() -> execute(timers("getTimerExpirationInformationResponse"), "1000", "pw", "reinittimers"))
                .hasMessageContaining("no reInitTimersResponse");
    }

    @Test
    void theCommandsTakeNoArguments() {
        assertThatThrownBy(() -> Invocation.parse(new String[] {"1000", "pw", "reinittimers", "force=true"}))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).isEqualTo("Unknown argument 'force' for reinittimers (it takes none).");
                });
        assertThat(Invocation.usageText()).contains("  retrievetimerexpirations\n", "  reinittimers\n");
    }

    @Test
    void throughTheClientTheyGoToOperatorServiceAndMapRefusals() {
        List<URI> endpoints = new ArrayList<>();
        Transport notAuthorized = (endpoint, user, password, envelope) -> {
            endpoints.add(endpoint);
            return new Transport.Reply(
                    500,
                    ENVELOPE + "<S:Fault><faultcode>S:Server</faultcode><faultstring>Client not authorized for "
                            + "invocation of public java.util.List org.bss.ws.operator.OperatorService.reInitTimers()</faultstring></S:Fault>"
                            + END);
        };
        int code = new OperatorClient(
                        notAuthorized,
                        Map.of(),
                        List.of(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--url=http://bss:8080", "60000002", "pw", "reinittimers"});

        assertThat(code).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(endpoints).containsExactly(URI.create("http://bss:8080/OperatorService/BASIC"));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("Error: User key 60000002 is not permitted to call this operation "
                        + "(role PLATFORM_OPERATOR required)." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }
}
