package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorClientTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new ArrayList<>();
    private final List<URI> endpoints = new ArrayList<>();

    private int run(Transport transport, String... args) {
        return run(transport, Map.of(), List.of(), args);
    }

    private int run(Transport transport, Map<String, String> env, List<Path> dirs, String... args) {
        return new OperatorClient(
                        transport,
                        env,
                        dirs,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Transport replying(int status, String body) {
        return (endpoint, user, password, envelope) -> {
            endpoints.add(endpoint);
            requests.add(user + ":" + password + ":" + envelope);
            return new Transport.Reply(status, body);
        };
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsSettingsSortedOnePerLine() {
        int code = run(replying(200, SoapTest.SETTINGS), "1000", "admin123", "getconfigurationsettings");

        assertThat(code).isZero();
        assertThat(out())
                .isEqualTo(
                        "BASE_URL=" + System.lineSeparator() + "MAX_NUMBER_LOGIN_ATTEMPTS=3" + System.lineSeparator());
        assertThat(requests.get(0)).startsWith("1000:admin123:").contains("getConfigurationSettings");
        assertThat(endpoints.get(0)).hasToString("http://localhost:8080/OperatorService/BASIC");
    }

    @Test
    void saveAndAddCurrency() {
        String saved = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body>"
                + "<ns2:saveConfigurationSettingResponse xmlns:ns2='http://oscm.org/xsd'/></S:Body></S:Envelope>";
        assertThat(run(
                        replying(200, saved),
                        "1000",
                        "pw",
                        "saveconfigurationsetting",
                        "settingKey=LOG_LEVEL",
                        "settingValue=DEBUG"))
                .isZero();
        assertThat(out()).contains("Setting LOG_LEVEL saved.");

        String added = saved.replace("saveConfigurationSettingResponse", "addCurrencyResponse");
        assertThat(run(replying(200, added), "1000", "pw", "addcurrency", "currencyISOCode=JPY"))
                .isZero();
        assertThat(out()).contains("Currency JPY is supported.");
        assertThat(err()).isEmpty();
    }

    @Test
    void usageErrorsListTheCommandsAndSendNothing() {
        assertThat(run(replying(200, ""), "abc", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err())
                .startsWith("Error: Invalid user key 'abc'")
                .contains("addcurrency currencyISOCode=<ISO code>");
        assertThat(requests).isEmpty();
    }

    @Test
    void theContractsRoleRefusalIsExitFourNamingTheRole() {
        String refused = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault>"
                + "<faultcode>S:Server</faultcode><faultstring>EXCEPTIONID 1: The caller lacks the role.</faultstring>"
                + "<detail><ns2:OrganizationAuthoritiesException xmlns:ns2='http://oscm.org/xsd'>"
                + "<messageKey>ex.OrganizationAuthoritiesException</messageKey>"
                + "</ns2:OrganizationAuthoritiesException></detail></S:Fault></S:Body></S:Envelope>";

        assertThat(run(replying(500, refused), "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(err()).contains("User key 1000 is not permitted", "PLATFORM_OPERATOR");
    }

    @Test
    void authenticationFailureIsExitThree() {
        assertThat(run(replying(401, "<html>Unauthorized</html>"), "1000", "wrong", "getconfigurationsettings"))
                .isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(err().lines().toList())
                .singleElement()
                .asString()
                .contains("Authentication failed for user key 1000");
    }

    @Test
    void validationFaultIsExitFiveWithTheServerMessage() {
        assertThat(run(
                        replying(500, SoapTest.VALIDATION_FAULT),
                        "1000",
                        "pw",
                        "saveconfigurationsetting",
                        "settingKey=MAX_NUMBER_LOGIN_ATTEMPTS",
                        "settingValue=0"))
                .isEqualTo(ExitCode.REJECTED);
        assertThat(err())
                .isEqualTo("Error: MAX_NUMBER_LOGIN_ATTEMPTS must be between 1 and 100." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void roleRefusalIsExitFour() {
        String fault =
                "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault><faultcode>S:Server</faultcode>"
                        + "<faultstring>Client not authorized for invocation of public java.util.List org.bss.ws...</faultstring></S:Fault></S:Body></S:Envelope>";
        assertThat(run(replying(500, fault), "1001", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(err()).contains("User key 1001 is not permitted");
        assertThat(run(replying(403, ""), "1001", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.NOT_PERMITTED);
    }

    @Test
    void otherServerFaultsAndStatusesAreExitOne() {
        String fault =
                "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body><S:Fault><faultcode>S:Client</faultcode>"
                        + "<faultstring>The API version v1.0 specified ...</faultstring></S:Fault></S:Body></S:Envelope>";
        assertThat(run(replying(500, fault), "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.OTHER);
        assertThat(err()).contains("Server error: The API version v1.0");
        assertThat(run(replying(404, "<html/>"), "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.OTHER);
        assertThat(err()).contains("HTTP 404");
        assertThat(run(replying(200, "<html/>"), "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.OTHER);
    }

    @Test
    void unreachableServerIsExitSix() {
        Transport refused = (e, u, p, b) -> {
            throw new ConnectException("Connection refused");
        };
        assertThat(run(refused, "--url=http://127.0.0.1:1", "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.UNREACHABLE);
        assertThat(err())
                .isEqualTo("Error: Cannot reach BSS at http://127.0.0.1:1 (is it running? set --url= or BSS_URL)."
                        + System.lineSeparator());
        Transport broken = (e, u, p, b) -> {
            throw new IOException("HTTP/1.1 header parser received no bytes");
        };
        assertThat(run(broken, "1000", "pw", "getconfigurationsettings")).isEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void realHttpToAClosedPortIsExitSix() {
        assertThat(run(Transport.http(), "--url=http://127.0.0.1:9", "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void serverUrlPrecedence(@TempDir Path work, @TempDir Path jarDir) throws Exception {
        Files.writeString(jarDir.resolve("operator-client.properties"), "bss.url=http://jar-dir:8080/\n");
        List<Path> dirs = List.of(work, jarDir);
        assertThat(ServerUrl.endpoint(Optional.empty(), Map.of(), dirs))
                .hasToString("http://jar-dir:8080/OperatorService/BASIC");
        Files.writeString(work.resolve("operator-client.properties"), "bss.url=https://work-dir:8181\n");
        assertThat(ServerUrl.endpoint(Optional.empty(), Map.of(), dirs))
                .hasToString("https://work-dir:8181/OperatorService/BASIC");
        assertThat(ServerUrl.endpoint(Optional.empty(), Map.of("BSS_URL", "http://env:1"), dirs))
                .hasToString("http://env:1/OperatorService/BASIC");
        assertThat(ServerUrl.endpoint(Optional.of("http://opt:2"), Map.of("BSS_URL", "http://env:1"), dirs))
                .hasToString("http://opt:2/OperatorService/BASIC");
        assertThat(ServerUrl.endpoint(Optional.empty(), Map.of(), List.of()))
                .hasToString("http://localhost:8080/OperatorService/BASIC");
    }

    @Test
    void invalidUrlIsAUsageError() {
        assertThat(run(replying(200, ""), "--url=ftp://x", "1000", "pw", "getconfigurationsettings"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("Invalid server URL 'ftp://x' (from --url)");
    }
}
