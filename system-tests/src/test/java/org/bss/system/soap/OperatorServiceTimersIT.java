package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bss.system.portal.operator.OperatorSettings;
import org.bss.system.soap.client.OperatorService;
import org.bss.system.soap.client.OperatorService_Service;
import org.bss.system.soap.client.OrganizationAuthoritiesException;
import org.bss.system.soap.client.VoTimerInfo;
import org.bss.system.support.TestTimers;
import org.bss.system.support.TestTimers.Due;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OperatorService.getTimerExpirationInformation and reInitTimers (ws-contract §2.3, VOTimerInfo) through the client
 * generated from the served WSDL: the scheduled rows of due_work under the original timer type names; reInitTimers
 * brings a schedule made stale behind BSS's back ({@link TestTimers}) in line and answers the new expirations; a user
 * without the operator role is refused and re-initialises nothing.
 */
class OperatorServiceTimersIT {

    private static OperatorService_Service service;
    private static TestUser operator;
    private static TestUser plainUser;

    @BeforeAll
    static void service() throws Exception {
        service = new OperatorService_Service(new URL(OperatorServiceIT.ENDPOINT + "?wsdl"));
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void deleteUsers() {
        TestUsers.delete(operator, plainUser);
    }

    static OperatorService port(TestUser user) {
        OperatorService port = service.getOperatorServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, OperatorServiceIT.ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, user.key());
        ctx.put(BindingProvider.PASSWORD_PROPERTY, user.password());
        return port;
    }

    /** type → expiration, in the answer's order. */
    static Map<String, Instant> answered(List<VoTimerInfo> timers) {
        Map<String, Instant> result = new LinkedHashMap<>();
        timers.forEach(t -> result.put(
                t.getTimerType(), t.getExpirationDate().toGregorianCalendar().toInstant()));
        return result;
    }

    /** The scheduled timers as stored, under their original names, in BSS's order. */
    static Map<String, Instant> stored() {
        Map<String, Due> rows = TestTimers.stored();
        Map<String, Instant> result = new LinkedHashMap<>();
        TestTimers.ORIGINAL_TYPE.forEach((kind, type) -> {
            Due due = rows.get(kind);
            if (due != null && due.enabled()) {
                result.put(type, due.nextDueAt());
            }
        });
        return result;
    }

    @Test
    void theOperatorReadsTheScheduledTimersUnderTheirOriginalNames() throws Exception {
        Map<String, Instant> answer = answered(port(operator).getTimerExpirationInformation());

        assertThat(answer).containsExactlyEntriesOf(stored());
        assertThat(answer).containsKey("RESTRICTED_SUBSCRIPTION_USAGE_PERIOD");
        List<String> disabled = TestTimers.stored().values().stream()
                .filter(d -> !d.enabled())
                .map(d -> TestTimers.ORIGINAL_TYPE.get(d.kind()))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(answer).doesNotContainKeys(disabled.toArray(String[]::new));
    }

    @Test
    void theWsdlDescribesVoTimerInfoAsTheContractDoes() throws Exception {
        String xsd = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(OperatorServiceIT.ENDPOINT + "?xsd=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(xsd)
                .containsPattern("<xs:complexType name=\"voTimerInfo\">\\s*<xs:sequence>\\s*"
                        + "<xs:element name=\"expirationDate\" type=\"xs:dateTime\" minOccurs=\"0\"/>\\s*"
                        + "<xs:element name=\"timerType\" type=\"xs:string\" minOccurs=\"0\"/>");
    }

    @Test
    void reInitTimersBringsAStaleScheduleInLineAndAnswersTheNewExpirations() throws Exception {
        OperatorSettings.Previous previous = TestTimers.staleOffset(5 * 60 + 45);
        long offset = TestTimers.storedOffset();
        OperatorService port = port(operator);
        try {
            Instant before = Instant.now();

            Map<String, Instant> answer = answered(port.reInitTimers());

            TestTimers.assertScheduledDailyAt(offset, before);
            assertThat(answer).containsExactlyEntriesOf(stored());
            assertThat(answer.get("DISCOUNT_END_CHECK"))
                    .isEqualTo(TestTimers.stored(TestTimers.KIND).nextDueAt());
        } finally {
            OperatorSettings.restore(previous);
            port.reInitTimers();
        }
        assertThat(TestTimers.stored(TestTimers.KIND).offsetMillis()).isNotEqualTo(offset);
    }

    @Test
    void aUserWithoutTheOperatorRoleIsRefusedAndReinitialisesNothing() {
        OperatorSettings.Previous previous = TestTimers.staleOffset(6 * 60 + 55);
        try {
            Due stale = TestTimers.stored(TestTimers.KIND);
            OperatorService port = port(plainUser);
            assertThatThrownBy(port::getTimerExpirationInformation)
                    .isInstanceOfSatisfying(
                            OrganizationAuthoritiesException.class,
                            e -> assertThat(e.getFaultInfo().getMessageKey())
                                    .isEqualTo("ex.OrganizationAuthoritiesException"));
            assertThatThrownBy(port::reInitTimers)
                    .isInstanceOfSatisfying(
                            OrganizationAuthoritiesException.class,
                            e -> assertThat(e.getFaultInfo().getMessageKey())
                                    .isEqualTo("ex.OrganizationAuthoritiesException"));
            assertThat(TestTimers.stored(TestTimers.KIND))
                    .as("still the stale schedule")
                    .isEqualTo(stale);
        } finally {
            OperatorSettings.restore(previous);
        }
    }
}
