package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPHeaderElement;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.bss.identity.PasswordHash;
import org.bss.system.soap.client.ObjectNotFoundException;
import org.bss.system.soap.client.OperatorService;
import org.bss.system.soap.client.OperatorService_Service;
import org.bss.system.soap.client.OrganizationAuthoritiesException;
import org.bss.system.soap.client.ValidationException;
import org.bss.system.soap.client.VoConfigurationSetting;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OperatorService/BASIC through a client generated (wsimport) from the WSDL the server serves.
 * Runs as fixture users of its own ({@link TestUsers}: an operator, a user without the operator role); the
 * bootstrap operator (user key 1000) is only read, never sent a wrong password. Every test restores what it changes.
 */
class OperatorServiceIT {

    static final String BASE = System.getProperty("bss.http.url", "http://localhost:8080");
    static final String ENDPOINT = BASE + "/OperatorService/BASIC";
    static final String ADMINISTRATOR = Long.toString(TestUsers.ADMINISTRATOR_KEY);
    static final String ADMINISTRATOR_PASSWORD = "admin123";
    /** Optional setting, whole number 1-100: harmless to change for a moment. */
    static final String KEY = "AUDIT_LOG_MAX_ENTRIES_RETRIEVED";

    private static OperatorService_Service service;
    private static TestUser operator;
    private static TestUser plainUser;

    @BeforeAll
    static void service() throws Exception {
        service = new OperatorService_Service(new URL(ENDPOINT + "?wsdl"));
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void deleteUsers() {
        TestUsers.delete(operator, plainUser);
    }

    static OperatorService port(String userKey, String password, Handler<?>... handlers) {
        OperatorService port = service.getOperatorServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        if (userKey != null) {
            ctx.put(BindingProvider.USERNAME_PROPERTY, userKey);
            ctx.put(BindingProvider.PASSWORD_PROPERTY, password);
        }
        if (handlers.length > 0) {
            @SuppressWarnings("rawtypes")
            List<Handler> chain = ((BindingProvider) port).getBinding().getHandlerChain();
            chain.addAll(List.of(handlers));
            ((BindingProvider) port).getBinding().setHandlerChain(chain);
        }
        return port;
    }

    static OperatorService operator(Handler<?>... handlers) {
        return port(operator.key(), operator.password(), handlers);
    }

    static Map<String, String> settings(OperatorService port) throws Exception {
        return port.getConfigurationSettings().stream()
                .collect(Collectors.toMap(
                        VoConfigurationSetting::getInformationId, s -> s.getValue() == null ? "" : s.getValue()));
    }

    static VoConfigurationSetting setting(String key, String value) {
        VoConfigurationSetting s = new VoConfigurationSetting();
        s.setInformationId(key);
        s.setValue(value);
        return s;
    }

    @Test
    void wsdlIsPublicAndCallsNeedCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> wsdl = http.send(
                HttpRequest.newBuilder(URI.create(ENDPOINT + "?wsdl")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("targetNamespace=\"http://oscm.org/xsd\"", "name=\"OperatorService\"");

        assertThatThrownBy(() -> port(null, null).getConfigurationSettings())
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("401");
    }

    @Test
    void operatorReadsAllSettings() throws Exception {
        List<VoConfigurationSetting> all = operator().getConfigurationSettings();

        assertThat(all)
                .extracting(VoConfigurationSetting::getInformationId)
                .contains("MAX_NUMBER_LOGIN_ATTEMPTS", KEY, "TIME_ZONE_ID", "WS_TIMEOUT")
                .doesNotHaveDuplicates();
        assertThat(all).allSatisfy(s -> {
            assertThat(s.getContextId()).isEqualTo("global");
            assertThat(s.getKey()).isZero();
        });
    }

    @Test
    void savedValueIsReadBackAndRestored() throws Exception {
        OperatorService port = operator();
        String before = settings(port).get(KEY);
        String changed = "42".equals(before) ? "43" : "42";
        try {
            port.saveConfigurationSetting(setting(KEY, changed));
            assertThat(settings(port)).containsEntry(KEY, changed);
        } finally {
            port.saveConfigurationSetting(setting(KEY, before));
        }
        assertThat(settings(port)).containsEntry(KEY, before);
    }

    @Test
    void outOfRangeValueIsAValidationFaultNamingTheKeyAndChangesNothing() throws Exception {
        OperatorService port = operator();
        String before = settings(port).get(KEY);

        assertThatThrownBy(() -> port.saveConfigurationSetting(setting(KEY, "101")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).contains(KEY).contains("101");
                    assertThat(e.getFaultInfo().getMember()).isEqualTo(KEY);
                    assertThat(e.getFaultInfo().getMessageKey()).isNotBlank();
                    assertThat(e.getFaultInfo().getMessageParams()).contains(KEY);
                });
        assertThat(settings(port)).containsEntry(KEY, before);
    }

    @Test
    void unknownKeyIsAnObjectNotFoundFault() {
        assertThatThrownBy(() -> operator().saveConfigurationSetting(setting("NO_SUCH_SETTING", "1")))
                .isInstanceOfSatisfying(ObjectNotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains("NO_SUCH_SETTING");
                    assertThat(e.getFaultInfo().getClassEnum()).isEqualTo("PLATFORM_SETTING");
                });
    }

    @Test
    void addingJpyWorksAndIsIdempotent() throws Exception {
        OperatorService port = operator();
        port.addCurrency("JPY"); // supported from setup on, so this changes nothing to restore
        port.addCurrency("JPY");
    }

    @Test
    void unknownCurrencyIsAValidationFault() {
        assertThatThrownBy(() -> operator().addCurrency("XXQ")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.getMessage()).contains("XXQ");
            assertThat(e.getFaultInfo().getMember()).isEqualTo("currencyISOCode");
        });
    }

    @Test
    void wrongPasswordIsHttp401AndCounted() throws Exception {
        assertThatThrownBy(() ->
                        port(operator.key(), "wrong-" + operator.password()).getConfigurationSettings())
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("401");
        assertThat(TestUsers.stored(operator).failedLoginCount()).isEqualTo(1);
        // a success resets the failed-login count
        assertThat(operator().getConfigurationSettings()).isNotEmpty();
        assertThat(TestUsers.stored(operator).failedLoginCount()).isZero();
    }

    @Test
    void unknownUserKeyIsHttp401() {
        assertThatThrownBy(() -> port("59999999", "whatever-1").getConfigurationSettings())
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("401");
    }

    @Test
    void userWithoutOperatorRoleIsNotAuthorized() {
        assertThatThrownBy(() -> port(plainUser.key(), plainUser.password()).getConfigurationSettings())
                .isInstanceOfSatisfying(
                        OrganizationAuthoritiesException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey())
                                .isEqualTo("ex.OrganizationAuthoritiesException"));
        assertThatThrownBy(
                        () -> port(plainUser.key(), plainUser.password()).saveConfigurationSetting(setting(KEY, "42")))
                .isInstanceOfSatisfying(
                        OrganizationAuthoritiesException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey())
                                .isEqualTo("ex.OrganizationAuthoritiesException"));
        assertThat(TestUsers.stored(plainUser).failedLoginCount())
                .as("the login itself succeeded")
                .isZero();
    }

    /** Smoke check of the bootstrap operator: read-only, and only with the password it has (never a wrong one). */
    @Test
    void bootstrapOperatorReadsSettingsByUserKey1000() throws Exception {
        TestUsers.Stored administrator = TestUsers.stored(TestUsers.ADMINISTRATOR_KEY);
        assertThat(administrator.userId()).isEqualTo("administrator");
        assertThat(administrator.locked()).as("administrator is locked").isFalse();
        assertThat(PasswordHash.verify(ADMINISTRATOR_PASSWORD, administrator.passwordHash()))
                .as("administrator's password is no longer admin123: not calling with it (a wrong password counts "
                        + "towards the lockout of the bootstrap operator)")
                .isTrue();

        assertThat(port(ADMINISTRATOR, ADMINISTRATOR_PASSWORD).getConfigurationSettings())
                .extracting(VoConfigurationSetting::getInformationId)
                .contains(KEY);

        TestUsers.Stored after = TestUsers.stored(TestUsers.ADMINISTRATOR_KEY);
        assertThat(after.failedLoginCount()).isZero();
        assertThat(after.passwordChangeRequired()).isEqualTo(administrator.passwordChangeRequired());
        assertThat(after.passwordHash()).isEqualTo(administrator.passwordHash());
    }

    @Test
    void versionHeaderV19IsAccepted() throws Exception {
        assertThat(operator(new VersionHeader("v1.9")).getConfigurationSettings())
                .isNotEmpty();
    }

    @Test
    void otherVersionHeaderIsRefused() {
        assertThatThrownBy(() -> operator(new VersionHeader("v1.0")).getConfigurationSettings())
                .isInstanceOfSatisfying(
                        SOAPFaultException.class,
                        e -> assertThat(e.getFault().getFaultString())
                                .isEqualTo(
                                        "The API version v1.0 specified in the header of the SOAP message in not supported by the server. "
                                                + "Supported versions: v1.9"));
    }

    /** Writes the header block old clients send: {@code <auth xmlns="http://com/auth/" S:actor="cm.service.version">}. */
    static final class VersionHeader implements SOAPHandler<SOAPMessageContext> {
        private final String version;

        VersionHeader(String version) {
            this.version = version;
        }

        @Override
        public boolean handleMessage(SOAPMessageContext context) {
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                try {
                    SOAPEnvelope envelope = context.getMessage().getSOAPPart().getEnvelope();
                    SOAPHeader header = envelope.getHeader() != null ? envelope.getHeader() : envelope.addHeader();
                    SOAPHeaderElement block = header.addHeaderElement(new QName("http://com/auth/", "auth"));
                    block.setActor("cm.service.version");
                    block.addTextNode(version);
                    context.getMessage().saveChanges();
                } catch (jakarta.xml.soap.SOAPException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }

        @Override
        public boolean handleFault(SOAPMessageContext context) {
            return true;
        }

        @Override
        public void close(MessageContext context) {}

        @Override
        public Set<QName> getHeaders() {
            return Set.of();
        }
    }
}
