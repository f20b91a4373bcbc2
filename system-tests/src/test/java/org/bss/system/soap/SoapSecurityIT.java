package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bss.system.soap.SoapWire.envelope;
import static org.bss.system.soap.SoapWire.usernameToken;

import java.nio.charset.StandardCharsets;
import org.bss.system.soap.SoapWire.Reply;
import org.bss.system.support.OperatorSoap;
import org.bss.system.support.ServerLog;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication of the /BASIC endpoints (docs/soap.md "Authentication and roles"): a WS-Security UsernameToken
 * with a PasswordText password, as the original's later clients send it, or HTTP Basic; neither is refused with
 * 401. Both go through the realm: a wrong token password counts towards the lock like a wrong Basic password. Plus
 * the request size limit and the contract's fault keys.
 */
class SoapSecurityIT {

    private static final String CURRENT_USER = "<tns:getCurrentUserDetails/>";

    private static TestUser operator;
    private static TestUser member;

    @BeforeAll
    static void users() {
        operator = TestUsers.operator();
        member = TestUsers.plainUser();
    }

    @AfterAll
    static void cleanUp() {
        TestUsers.delete(operator, member);
    }

    @Test
    void aUsernameTokenWithTheUserKeyOrIdLogsIn() throws Exception {
        ServerLog mark = ServerLog.mark();
        Reply byKey = SoapWire.post(
                "IdentityService", null, envelope(usernameToken(member.key(), member.password(), false), CURRENT_USER));
        Reply byId = SoapWire.post(
                "IdentityService",
                null,
                envelope(usernameToken(member.userId(), member.password(), true), CURRENT_USER));

        assertThat(byKey.status()).as(byKey.text()).isEqualTo(200);
        assertThat(byKey.value("userId")).isEqualTo(member.userId());
        assertThat(byId.status()).as("mustUnderstand=1: %s", byId.text()).isEqualTo(200);
        assertThat(byId.value("userId")).isEqualTo(member.userId());
        assertThat(mark.failuresSince()).isEmpty();
    }

    @Test
    void basicStillWorksAndATokenWithBasicIsFine() throws Exception {
        Reply basic = SoapWire.post("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER));
        Reply both = SoapWire.post(
                "IdentityService",
                SoapWire.basic(member),
                envelope(usernameToken(member.key(), member.password(), true), CURRENT_USER));

        assertThat(basic.status()).as(basic.text()).isEqualTo(200);
        assertThat(basic.value("userId")).isEqualTo(member.userId());
        assertThat(both.status()).as(both.text()).isEqualTo(200);
    }

    @Test
    void aRequestWithoutCredentialsIsRefusedWith401AndAClientFault() throws Exception {
        Reply reply = SoapWire.post("IdentityService", null, envelope("", CURRENT_USER));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.challenge()).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
        assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
        assertThat(reply.faultstring()).contains("UsernameToken").contains("HTTP Basic");
    }

    @Test
    void noAnswerNamesTheServerSoftwareOrItsVersion() throws Exception {
        Reply answered = SoapWire.post("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER));
        Reply refused = SoapWire.post("OperatorService", null, envelope("", CURRENT_USER));
        Reply faulted = SoapWire.post("AccountService", SoapWire.basic(member), "application/json", new byte[0]);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(faulted.status()).isEqualTo(415);
        for (Reply reply : new Reply[] {answered, refused, faulted}) {
            assertThat(reply.server()).as("Server header of %s", reply.text()).isEmpty();
        }
    }

    @Test
    void aDigestPasswordIsRefused() throws Exception {
        String digest = usernameToken(member.key(), "x", false).replace("#PasswordText", "#PasswordDigest");
        Reply reply = SoapWire.post("IdentityService", null, envelope(digest, CURRENT_USER));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.faultstring()).contains("PasswordText");
    }

    /** The realm counts a wrong token password like a wrong Basic password; at the limit the account is locked. */
    @Test
    void aWrongTokenPasswordIsRefusedAndCountedUntilTheLock() throws Exception {
        TestUser victim = TestUsers.plainUser();
        try {
            int attempts = Integer.parseInt(OperatorSoap.setting(operator, "MAX_NUMBER_LOGIN_ATTEMPTS"));
            ServerLog mark = ServerLog.mark();
            for (int i = 1; i <= attempts; i++) {
                Reply wrong = SoapWire.post(
                        "IdentityService",
                        null,
                        envelope(usernameToken(victim.key(), "wrong-" + i, false), CURRENT_USER));
                assertThat(wrong.status()).isEqualTo(401);
                assertThat(wrong.faultcode()).as(wrong.text()).endsWith("Client");
                if (i < attempts) {
                    assertThat(TestUsers.stored(victim).failedLoginCount()).isEqualTo(i);
                }
            }
            assertThat(TestUsers.stored(victim).locked()).isTrue();
            Reply right = SoapWire.post(
                    "IdentityService",
                    null,
                    envelope(usernameToken(victim.key(), victim.password(), false), CURRENT_USER));
            assertThat(right.status())
                    .as("locked: the right password no longer helps")
                    .isEqualTo(401);
            assertThat(mark.failuresSince()).isEmpty();
        } finally {
            TestUsers.delete(victim);
        }
    }

    /** A body over the limit is refused from its Content-Length, before it is read: a Client fault, no error. */
    @Test
    void aRequestOverTheSizeLimitIsRefusedEarly() throws Exception {
        ServerLog mark = ServerLog.mark();
        String padding = "x".repeat(50 * 1024 * 1024);
        byte[] body = envelope("", "<tns:getUser><user><tns:userId>" + padding + "</tns:userId></user></tns:getUser>")
                .getBytes(StandardCharsets.UTF_8);

        Reply reply = SoapWire.post("IdentityService", SoapWire.basic(member), "text/xml; charset=utf-8", body);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
        assertThat(reply.faultstring()).contains("getUser takes at most 1048576 bytes");
        assertThat(mark.failuresSince()).isEmpty();
        assertThat(SoapWire.post("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER))
                        .status())
                .isEqualTo(200);
    }

    /** A body of unknown size (chunked) could only be measured by reading it: refused before that. */
    @Test
    void aChunkedRequestIsRefusedBeforeItIsRead() throws Exception {
        ServerLog mark = ServerLog.mark();

        Reply reply = SoapWire.postChunked("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
        assertThat(reply.faultstring()).contains("no Content-Length");
        assertThat(mark.failuresSince()).isEmpty();
    }

    /** ws-contract §1.5: ex.<Fault> plus the ClassEnum, not BSS's own message key. */
    @Test
    void faultKeysAreTheContracts() throws Exception {
        Reply reply = SoapWire.post(
                "IdentityService",
                SoapWire.basic(member),
                envelope("", "<tns:getUser><user><tns:userId>st-nobody-here</tns:userId></user></tns:getUser>"));

        assertThat(reply.detail()).as(reply.text()).isEqualTo("ObjectNotFoundException");
        assertThat(reply.value("messageKey")).isEqualTo("ex.ObjectNotFoundException.USER");
        assertThat(reply.value("classEnum")).isEqualTo("USER");
    }

    /** A non-operator calling OperatorService: the services' role check, the contract's fault, no Java text. */
    @Test
    void aNonOperatorGetsOrganizationAuthoritiesWithoutJavaText() throws Exception {
        Reply reply = SoapWire.post(
                "OperatorService", SoapWire.basic(member), envelope("", "<tns:getConfigurationSettings/>"));

        assertThat(reply.detail()).as(reply.text()).isEqualTo("OrganizationAuthoritiesException");
        assertThat(reply.value("messageKey")).isEqualTo("ex.OrganizationAuthoritiesException");
        assertThat(reply.faultstring()).doesNotContain("java.", "public ", "org.bss");
    }

    @Test
    void anOperationOfTheContractThatBssDoesNotOfferIsNamedAsNotSupported() throws Exception {
        ServerLog mark = ServerLog.mark();
        Reply reply = SoapWire.post(
                "IdentityService",
                SoapWire.basic(member),
                envelope("", "<tns:confirmAccount><user><tns:userId>x</tns:userId></user></tns:confirmAccount>"));

        assertThat(reply.faultcode()).as(reply.text()).endsWith("Client");
        assertThat(reply.faultstring())
                .isEqualTo("The operation confirmAccount of IdentityService is not supported by BSS.");
        assertThat(mark.failuresSince()).isEmpty();
    }

    /** JAXB reads a value outside the enum as nothing: refused, and the user's version stays. */
    @Test
    void grantingAnUnknownRoleIsRefusedAndChangesNothing() throws Exception {
        String before = SoapWire.post("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER))
                .value("version");

        Reply reply = SoapWire.post(
                "IdentityService",
                SoapWire.basic(member),
                envelope(
                        "",
                        "<tns:grantUserRoles><user><tns:userId>" + member.userId() + "</tns:userId></user>"
                                + "<roles>NO_SUCH_ROLE</roles></tns:grantUserRoles>"));

        assertThat(reply.detail()).as(reply.text()).isEqualTo("UserRoleAssignmentException");
        assertThat(reply.value("messageKey")).isEqualTo("ex.UserRoleAssignmentException");
        assertThat(SoapWire.post("IdentityService", SoapWire.basic(member), envelope("", CURRENT_USER))
                        .value("version"))
                .isEqualTo(before);
    }
}
