package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.bss.common.security.Roles;
import org.bss.it.Fixtures;
import org.bss.it.TestArchives;
import org.bss.realm.spi.CredentialVerifier;
import org.bss.realm.spi.LoginRefusedException;
import org.bss.realm.spi.VerifiedCaller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins through the real bss-realm (HTTP BASIC → JAAS login module → credential verifier EJB →
 * database), against a servlet of the test WAR protected by the realm.
 */
@ExtendWith(ArquillianExtension.class)
class RealmLoginIT {

    private static final String PASSWORD = "Secret#4711";

    @Deployment
    static WebArchive deployment() {
        return TestArchives.withRealmProtectedServlet(TestArchives.forTest(RealmLoginIT.class));
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private Fixtures fixtures;
    private String userId;
    private long userKey;

    @BeforeEach
    void createUser() throws Exception {
        fixtures = new Fixtures(dataSource);
        userId = Fixtures.uniqueId("it-login");
        userKey = fixtures.createUser(userId, PASSWORD, Roles.ORGANIZATION_ADMIN);
    }

    @AfterEach
    void deleteUser() throws Exception {
        fixtures.deleteUser(userKey);
    }

    @Test
    void logsInByUserKey() throws Exception {
        HttpResponse<String> response = get(String.valueOf(userKey), PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(userKey + " admin=true operator=false");
    }

    @Test
    void logsInByUserId() throws Exception {
        // HTTP BASIC cannot carry the portal's "id:" prefix (the first ':' ends the name), so a
        // non-numeric name is a user id. Payara keeps the typed name as principal; the services
        // resolve either form to the same user.
        HttpResponse<String> response = get(userId, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(userId + " admin=true operator=false");
    }

    @Test
    void theVerifiedPrincipalIsTheUserKeyWhicheverNameWasTyped() throws Exception {
        CredentialVerifier verifier = verifier();
        VerifiedCaller byId = verifier.verify(CredentialVerifier.USER_ID_PREFIX + userId, PASSWORD);
        VerifiedCaller byKey = verifier.verify(String.valueOf(userKey), PASSWORD);
        assertThat(byId.principalName()).isEqualTo(String.valueOf(userKey)).isEqualTo(byKey.principalName());
        assertThat(byId.groups())
                .contains(Roles.ORGANIZATION_ADMIN, Roles.LOGGED_IN)
                .doesNotContain(Roles.PLATFORM_OPERATOR);
    }

    @Test
    void aWrongPasswordIsRefusedAndCounted() throws Exception {
        assertThat(login(String.valueOf(userKey), "wrong")).isFalse();
        assertThat(fixtures.failedLogins(userKey)).isEqualTo(1);
        assertThat(login(String.valueOf(userKey), PASSWORD)).isTrue();
        assertThat(fixtures.failedLogins(userKey)).isZero();
    }

    @Test
    void locksAfterMaxConsecutiveFailuresAndThenRefusesTheRightPassword() throws Exception {
        int maxAttempts = maxLoginAttempts();
        for (int i = 0; i < maxAttempts; i++) {
            assertThat(login(String.valueOf(userKey), "wrong-" + i)).isFalse();
        }
        assertThat(fixtures.userStatus(userKey)).isEqualTo("LOCKED");
        assertThat(login(String.valueOf(userKey), PASSWORD)).isFalse();
        CredentialVerifier verifier = verifier();
        assertThatThrownBy(() -> verifier.verify(String.valueOf(userKey), PASSWORD))
                .isInstanceOf(LoginRefusedException.class);
    }

    @Test
    void anUnknownUserIsRefused() throws Exception {
        assertThat(login(Fixtures.uniqueId("nobody"), PASSWORD)).isFalse();
    }

    // BanJNDI: the realm's own constant name in the server's namespace
    @SuppressWarnings("BanJNDI")
    private static CredentialVerifier verifier() throws Exception {
        return (CredentialVerifier) new InitialContext().lookup(CredentialVerifier.JNDI_NAME);
    }

    private int maxLoginAttempts() throws Exception {
        String stored = fixtures.queryString(
                "select setting_value from config_setting where setting_key = 'MAX_NUMBER_LOGIN_ATTEMPTS'");
        return stored == null || stored.isBlank() ? 3 : Integer.parseInt(stored.trim());
    }

    private boolean login(String name, String password) throws Exception {
        int status = get(name, password).statusCode();
        assertThat(status).as("the realm answers 200 or 401, nothing else").isIn(200, 401);
        return status == 200;
    }

    private HttpResponse<String> get(String name, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base.toExternalForm()).resolve("secured/whoami"))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
