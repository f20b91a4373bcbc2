package org.bss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * lockuser, unlockuser, resetpasswordforuser against a scripted IdentityService: the argument checks (before any
 * call), the operator check, what is sent where, what is printed, and the exit codes of the service's refusals.
 */
class UserCommandsTest {

    static final String ENVELOPE = "<S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Body>";
    static final String END = "</S:Body></S:Envelope>";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new ArrayList<>();
    private final List<URI> endpoints = new ArrayList<>();

    static String caller(String... roles) {
        StringBuilder b = new StringBuilder(
                ENVELOPE + "<ns2:getCurrentUserDetailsResponse xmlns:ns2='http://oscm.org/xsd'><return>"
                        + "<ns2:key>60000001</ns2:key><ns2:version>0</ns2:version><ns2:organizationId>op</ns2:organizationId>"
                        + "<ns2:status>ACTIVE</ns2:status><ns2:userId>st-op</ns2:userId>");
        for (String role : roles) {
            b.append("<ns2:userRoles>").append(role).append("</ns2:userRoles>");
        }
        return b.append("<ns2:EMail>op@example.com</ns2:EMail></return></ns2:getCurrentUserDetailsResponse>")
                .append(END)
                .toString();
    }

    static String empty(String wrapper) {
        return ENVELOPE + "<ns2:" + wrapper + " xmlns:ns2='http://oscm.org/xsd'/>" + END;
    }

    static String fault(String detail, String messageKey, String text) {
        return ENVELOPE + "<S:Fault><faultcode>S:Server</faultcode><faultstring>EXCEPTIONID 17: " + text
                + "</faultstring><detail>"
                + "<ns2:" + detail + " xmlns:ns2='http://oscm.org/xsd'><ns2:id>17</ns2:id><ns2:messageKey>" + messageKey
                + "</ns2:messageKey></ns2:" + detail + "></detail></S:Fault>" + END;
    }

    /** Answers getCurrentUserDetails with {@code whoAmI}, every other call with {@code status} and {@code reply}. */
    private int run(String whoAmI, int status, String reply, String... args) {
        return run(
                (endpoint, user, password, envelope) -> envelope.contains("getCurrentUserDetails")
                        ? new Transport.Reply(200, whoAmI)
                        : new Transport.Reply(status, reply),
                args);
    }

    private int run(Transport answers, String... args) {
        Transport recording = (endpoint, user, password, envelope) -> {
            endpoints.add(endpoint);
            requests.add(envelope);
            return answers.post(endpoint, user, password, envelope);
        };
        return new OperatorClient(
                        recording,
                        Map.of(),
                        List.of(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lockuserChecksTheCallerThenLocksByUserIdAtIdentityService() {
        int code = run(
                caller("ORGANIZATION_ADMIN", "PLATFORM_OPERATOR"),
                200,
                empty("lockUserAccountResponse"),
                "--url=http://bss:8080/",
                "1000",
                "pw",
                "lockuser",
                "userid=jane&co");

        assertThat(code).as(err()).isZero();
        assertThat(endpoints).containsOnly(URI.create("http://bss:8080/IdentityService/BASIC"));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).contains("<S:Body><tns:getCurrentUserDetails/></S:Body>");
        assertThat(requests.get(1))
                .contains(
                        "<S:Body><tns:lockUserAccount><user><tns:key>0</tns:key><tns:version>0</tns:version>"
                                + "<tns:userId>jane&amp;co</tns:userId></user><newStatus>LOCKED</newStatus></tns:lockUserAccount></S:Body>",
                        "<auth xmlns=\"http://com/auth/\" S:actor=\"cm.service.version\">v1.9</auth>");
        assertThat(out()).isEqualTo("User jane&co is locked." + System.lineSeparator());
    }

    @Test
    void unlockuserAndResetpasswordforuser() {
        assertThat(run(
                        caller("PLATFORM_OPERATOR"),
                        200,
                        empty("unlockUserAccountResponse"),
                        "1000",
                        "pw",
                        "UnlockUser",
                        "UserId=jane"))
                .isZero();
        assertThat(requests.get(1))
                .contains("<tns:unlockUserAccount><user><tns:key>0</tns:key><tns:version>0</tns:version>"
                        + "<tns:userId>jane</tns:userId></user></tns:unlockUserAccount>");
        assertThat(run(
                        caller("PLATFORM_OPERATOR"),
                        200,
                        empty("requestResetOfUserPasswordResponse"),
                        "1000",
                        "pw",
                        "resetpasswordforuser",
                        "userid=jane"))
                .isZero();
        assertThat(requests.get(3))
                .contains("<tns:requestResetOfUserPassword><user><tns:key>0</tns:key><tns:version>0</tns:version>"
                        + "<tns:userId>jane</tns:userId></user></tns:requestResetOfUserPassword>");
        assertThat(out().lines())
                .containsExactly(
                        "User jane is unlocked.",
                        "Password of user jane reset: a temporary password was sent by mail; it must be changed at the next login.");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lockuser", "unlockuser", "resetpasswordforuser"})
    void aCallerWithoutTheOperatorRoleIsExitFourAndNothingChanges(String command) {
        int code = run(
                caller("ORGANIZATION_ADMIN", "SUBSCRIPTION_MANAGER"),
                200,
                empty("lockUserAccountResponse"),
                "60000002",
                "pw",
                command,
                "userid=jane");

        assertThat(code).isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(requests).singleElement().asString().contains("getCurrentUserDetails");
        assertThat(err())
                .isEqualTo(
                        "Error: User key 60000002 is not permitted to call this operation (role PLATFORM_OPERATOR required)."
                                + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownUserIsExitFiveWithTheServerMessage() {
        int code = run(
                caller("PLATFORM_OPERATOR"),
                500,
                fault("ObjectNotFoundException", "identity.user.notFound", "The user nobody does not exist."),
                "1000",
                "pw",
                "lockuser",
                "userid=nobody");

        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err()).isEqualTo("Error: The user nobody does not exist." + System.lineSeparator());
    }

    @Test
    void aRefusalOfTheServiceIsExitFive() {
        assertThat(run(
                        caller("PLATFORM_OPERATOR"),
                        500,
                        fault(
                                "OperationNotPermittedException",
                                "identity.user.lockSelf",
                                "You cannot lock your own account."),
                        "1000",
                        "pw",
                        "lockuser",
                        "userid=me"))
                .isEqualTo(ExitCode.REJECTED);
        assertThat(err()).contains("You cannot lock your own account.");
    }

    @Test
    void wrongPasswordIsExitThree() {
        Transport unauthorized = (e, u, p, b) -> new Transport.Reply(401, "<html>Unauthorized</html>");

        assertThat(run(unauthorized, "1000", "wrong", "unlockuser", "userid=jane"))
                .isEqualTo(ExitCode.AUTHENTICATION);
        assertThat(err()).contains("Authentication failed for user key 1000");
        assertThat(requests).singleElement().asString().contains("getCurrentUserDetails");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1000 pw lockuser|Missing argument 'userid=<...>' for lockuser",
                "1000 pw unlockuser userid=|Missing argument 'userid=<...>' for unlockuser",
                "1000 pw resetpasswordforuser userid=jane userid=joe|Duplicate argument 'userid'",
                "1000 pw lockuser user=jane|Unknown argument 'user' for lockuser; expected: userid",
                "1000 pw lockuser userid=jane orgid=acme|Unknown argument 'orgid' for lockuser; expected: userid",
                "1000 pw unlockuser jane|Argument 'jane' is not of the form key=value",
                "jane pw resetpasswordforuser userid=jane|Invalid user key 'jane'",
            })
    void badArgumentsAreUsageErrorsBeforeAnyCall(String line, String message) {
        assertThatThrownBy(() -> Invocation.parse(line.split(" ")))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(message);

        assertThat(run(caller("PLATFORM_OPERATOR"), 200, empty("lockUserAccountResponse"), line.split(" ")))
                .isEqualTo(ExitCode.USAGE);
        assertThat(requests).isEmpty();
        assertThat(err())
                .startsWith("Error: ")
                .contains("lockuser userid=<user ID>", "resetpasswordforuser userid=<user ID>");
    }

    @Test
    void blankUserIdIsAUsageError() {
        assertThat(run(caller("PLATFORM_OPERATOR"), 200, "", "1000", "pw", "lockuser", "userid=  "))
                .isEqualTo(ExitCode.USAGE);
        assertThat(requests).isEmpty();
    }

    @Test
    void userRolesAreReadFromTheCallersDetails() throws Exception {
        assertThat(UserSoap.userRoles(caller("ORGANIZATION_ADMIN", "PLATFORM_OPERATOR")))
                .containsExactly("ORGANIZATION_ADMIN", "PLATFORM_OPERATOR");
        assertThat(UserSoap.userRoles(caller())).isEmpty();
        assertThatThrownBy(() -> UserSoap.userRoles(empty("getCurrentUserDetailsResponse")))
                .isInstanceOfSatisfying(
                        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OTHER));
    }
}
