package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bss.identity.PasswordHash;
import org.bss.system.soap.client.OperatorService;
import org.bss.system.soap.client.OperatorService_Service;
import org.bss.system.soap.identity.client.IdentityService;
import org.bss.system.soap.identity.client.IdentityService_Service;
import org.bss.system.soap.identity.client.UserAccountStatus;
import org.bss.system.soap.identity.client.VoUser;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A SOAP caller logs in with every call; after its first call the server remembers the verified password for a few
 * minutes (ADR 0007). Whatever changes the account must still take effect on the very next call: a password change
 * (through the API, or written into the database as another node or the offline tool would), a lock, a deletion.
 * Each test uses its own {@link TestUsers} operator, which has called twice (so the second call was a repeated one)
 * before the change.
 */
class RepeatedLoginIT {

    private static final String NEW_PASSWORD = "Repeated-login-pw-43";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static OperatorService_Service operatorService;
    private static IdentityService_Service identityService;
    private TestUser caller;
    private TestUser admin;

    @BeforeAll
    static void services() throws Exception {
        operatorService = new OperatorService_Service(new URL(OperatorServiceIT.ENDPOINT + "?wsdl"));
        identityService = new IdentityService_Service(new URL(IdentityServiceIT.ENDPOINT + "?wsdl"));
    }

    @BeforeEach
    void callTwice() throws Exception {
        caller = TestUsers.operator();
        admin = TestUsers.operator();
        assertThat(settings(caller.password())).isNotEmpty();
        assertThat(settings(caller.password())).isNotEmpty();
        assertThat(TestUsers.stored(caller).failedLoginCount()).isZero();
    }

    @AfterEach
    void deleteUsers() {
        TestUsers.delete(caller, admin);
    }

    @Test
    void aPasswordChangedThroughTheApiRefusesTheOldOneOnTheNextCall() throws Exception {
        HttpResponse<String> changed = HTTP.send(
                HttpRequest.newBuilder(URI.create(OperatorServiceIT.BASE + "/bss/api/v1/auth/password"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(1))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userId\":\"" + caller.userId() + "\",\"oldPassword\":\"" + caller.password()
                                        + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertRefused(caller.password());
        assertThat(TestUsers.stored(caller).failedLoginCount())
                .as("the refused call counts as a failed attempt")
                .isOne();
        assertThat(settings(NEW_PASSWORD)).isNotEmpty();
        assertThat(TestUsers.stored(caller).failedLoginCount()).isZero();
    }

    @Test
    void aPasswordWrittenIntoTheDatabaseRefusesTheOldOneOnTheNextCall() throws Exception {
        // as another node's password reset or the offline recovery tool would: no message reaches this server
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("update platform_user set password_hash = ? where user_key = ?")) {
                s.setString(1, PasswordHash.hash(NEW_PASSWORD));
                s.setLong(2, caller.userKey());
                return s.executeUpdate();
            }
        });

        assertRefused(caller.password());
        assertThat(settings(NEW_PASSWORD)).isNotEmpty();
    }

    @Test
    void aLockRefusesTheNextCallAndAnUnlockAdmitsItAgain() throws Exception {
        identity(admin).lockUserAccount(user(caller.userId()), UserAccountStatus.LOCKED, null);

        assertRefused(caller.password());
        assertThat(TestUsers.stored(caller).locked()).isTrue();

        identity(admin).unlockUserAccount(user(caller.userId()), null);
        assertThat(settings(caller.password())).isNotEmpty();
    }

    @Test
    void aDeletedUserIsRefusedOnTheNextCall() {
        TestUsers.delete(caller);

        assertRefused(caller.password());
    }

    @Test
    void aWrongPasswordIsStillCountedAfterRepeatedLogins() throws Exception {
        assertRefused("Not-the-password-1");
        assertRefused("Not-the-password-2");
        assertThat(TestUsers.stored(caller).failedLoginCount()).isEqualTo(2);

        assertThat(settings(caller.password()))
                .as("the right password still works and resets the count")
                .isNotEmpty();
        assertThat(TestUsers.stored(caller).failedLoginCount()).isZero();
    }

    private List<?> settings(String password) throws Exception {
        return port(caller.key(), password).getConfigurationSettings();
    }

    private void assertRefused(String password) {
        assertThatThrownBy(() -> settings(password))
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("401");
    }

    private static OperatorService port(String login, String password) {
        OperatorService port = operatorService.getOperatorServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, OperatorServiceIT.ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, login);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, password);
        return port;
    }

    private static IdentityService identity(TestUser user) {
        IdentityService port = identityService.getIdentityServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, IdentityServiceIT.ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, user.key());
        ctx.put(BindingProvider.PASSWORD_PROPERTY, user.password());
        return port;
    }

    private static VoUser user(String userId) {
        VoUser user = new VoUser();
        user.setUserId(userId);
        return user;
    }
}
