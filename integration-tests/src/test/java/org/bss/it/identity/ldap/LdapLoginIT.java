package org.bss.it.identity.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import jakarta.annotation.Resource;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.bss.common.security.Roles;
import org.bss.it.Fixtures;
import org.bss.it.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LDAP-managed organizations end to end (USR-6): the operator gives an organization LDAP settings, users are
 * imported from a real directory (UnboundID in memory, started by the test), and such a user logs in through
 * bss-realm with the directory's password; wrong, empty and unreachable cases are refused.
 */
@ExtendWith(ArquillianExtension.class)
class LdapLoginIT {

    private static final String OPERATOR_PASSWORD = "Operator#4711";

    @Deployment
    static WebArchive deployment() throws Exception {
        return TestArchives.withRealmProtectedServlet(TestArchives.forTest(LdapLoginIT.class))
                .addClasses(LdapAdminServlet.class, LdapTestDirectory.class)
                .addAsLibraries(new File(InMemoryDirectoryServer.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
    }

    @Resource(lookup = "BSSDS")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private Fixtures db;
    private LdapTestDirectory ldap;
    private String operatorId;
    private long operatorKey;
    private long orgKey;
    private String orgId;
    private String admin;
    private String member;

    @BeforeEach
    void setUp() throws Exception {
        db = new Fixtures(dataSource);
        operatorId = Fixtures.uniqueId("it-ldap-op");
        operatorKey = db.createUser(operatorId, OPERATOR_PASSWORD, Roles.PLATFORM_OPERATOR);
        orgKey = 50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        orgId = Fixtures.uniqueId("it-ldap-org");
        db.update(
                "insert into organization (org_key, org_id, name, locale, created_at, version) values (?, ?, ?, 'en', ?, 0)",
                orgKey,
                orgId,
                "LDAP株式会社",
                Timestamp.from(Instant.now()));
        admin = Fixtures.uniqueId("it-ldap-admin");
        member = Fixtures.uniqueId("it-ldap-member");
        ldap = new LdapTestDirectory();
        ldap.person(admin, "Alice", "Adams", "alice@example.com", "alice-pw");
        ldap.person(member, "太郎", "山田", "taro@example.jp", "taro-pw");
    }

    @AfterEach
    void tearDown() throws Exception {
        ldap.close();
        db.update(
                "delete from api_token where user_key in (select user_key from platform_user where org_key = ?)",
                orgKey);
        db.deleteOrganization(orgKey);
        db.deleteUser(operatorKey);
    }

    @Test
    void importedUsersLogInThroughTheRealmWithTheirLdapPassword() throws Exception {
        HttpResponse<String> saved = call(operatorId, OPERATOR_PASSWORD, "settings", "", ldap.settings());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body())
                .contains("LDAP_CREDENTIALS=********")
                .doesNotContain(LdapTestDirectory.MANAGER_PASSWORD);
        assertThat(call(operatorId, OPERATOR_PASSWORD, "test", "", null).body()).isEqualTo("ok");
        assertThat(call(operatorId, OPERATOR_PASSWORD, "import", "&uids=" + admin + "&roles=ORGANIZATION_ADMIN", null)
                        .body())
                .isEqualTo("imported=" + admin + " rejected=");
        HttpResponse<String> second =
                call(operatorId, OPERATOR_PASSWORD, "import", "&uids=" + member + ",it-ldap-nobody," + admin, null);
        assertThat(second.body())
                .isEqualTo("imported=" + member + " rejected=it-ldap-nobody:ldap.import.notFound," + admin
                        + ":ldap.import.duplicate");

        long adminKey = Long.parseLong(db.queryString("select user_key from platform_user where user_id = ?", admin));
        assertThat(db.queryString(
                        "select count(*) from platform_user where org_key = ? and ldap_managed = true", orgKey))
                .isEqualTo("2");
        assertThat(db.queryString("select password_hash from platform_user where user_key = ?", adminKey))
                .isNull();
        assertThat(db.queryString("select last_name from platform_user where user_id = ?", member))
                .isEqualTo("山田");
        assertThat(db.queryString("select locale from platform_user where user_id = ?", member))
                .isEqualTo("ja");

        HttpResponse<String> ok = whoami(admin, "alice-pw");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(admin + " admin=true operator=false");
        assertThat(whoami(member, "taro-pw").body()).isEqualTo(member + " admin=false operator=false");

        assertThat(whoami(admin, "wrong").statusCode()).isEqualTo(401);
        assertThat(db.failedLogins(adminKey))
                .as("wrong LDAP passwords count like wrong passwords")
                .isEqualTo(1);
        assertThat(whoami(admin, "alice-pw").statusCode()).isEqualTo(200);
        assertThat(db.failedLogins(adminKey)).isZero();
        assertThat(whoami(admin, "").statusCode())
                .as("empty password, never an anonymous bind")
                .isEqualTo(401);
        assertThat(whoami(admin, "taro-pw").statusCode())
                .as("another user's password")
                .isEqualTo(401);
        assertThat(whoami(admin, "alice-pw").statusCode()).isEqualTo(200);
    }

    @Test
    void theLdapAdministratorSearchesTheDirectoryOfTheOwnOrganizationOnly() throws Exception {
        call(operatorId, OPERATOR_PASSWORD, "settings", "", ldap.settings());
        call(operatorId, OPERATOR_PASSWORD, "import", "&uids=" + admin + "&roles=ORGANIZATION_ADMIN", null);

        HttpResponse<String> found = call(admin, "alice-pw", "search", "&pattern=it-ldap-*", null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body())
                .contains(admin + "/Adams")
                .contains(member + "/山田")
                .doesNotContain("truncated");
        assertThat(call(admin, "alice-pw", "settings", "", ldap.settings()).statusCode())
                .as("own settings")
                .isEqualTo(200);
        // another organization, the operator's included, is "not found" for an administrator (issue 11: one rule)
        HttpResponse<String> operatorOrg = call(admin, "alice-pw", "search", "&pattern=*", null, "PLATFORM_OPERATOR");
        assertThat(operatorOrg.body()).isEqualTo("account.organization.notFound");
    }

    @Test
    void anUnreachableDirectoryRefusesTheLogin() throws Exception {
        call(operatorId, OPERATOR_PASSWORD, "settings", "", ldap.settings());
        call(operatorId, OPERATOR_PASSWORD, "import", "&uids=" + admin, null);
        assertThat(whoami(admin, "alice-pw").statusCode()).isEqualTo(200);
        ldap.close();
        for (int attempt = 1; attempt <= 4; attempt++) { // more than MAX_NUMBER_LOGIN_ATTEMPTS (3)
            assertThat(whoami(admin, "alice-pw").statusCode()).isEqualTo(401);
        }
        // an outage is no wrong password: nobody is locked out by it
        String adminKey = db.queryString("select user_key from platform_user where user_id = ?", admin);
        assertThat(db.failedLogins(Long.parseLong(adminKey))).isZero();
        assertThat(db.userStatus(Long.parseLong(adminKey))).isEqualTo("ACTIVE");
        assertThat(call(operatorId, OPERATOR_PASSWORD, "test", "", null).body())
                .isEqualTo("failed:ldap.connect.unreachable");
    }

    @Test
    void anOrganizationWithPlatformUsersCannotUseLdap() throws Exception {
        String internal = Fixtures.uniqueId("it-ldap-internal");
        db.update(
                "insert into platform_user (user_key, user_id, org_key, locale, failed_login_count, status, password_change_required,"
                        + " created_at, last_login_at, version) values (?, ?, ?, 'en', 0, 'ACTIVE', false, ?, ?, 0)",
                orgKey + 1,
                internal,
                orgKey,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        db.update("insert into user_role (user_key, role_name) values (?, 'ORGANIZATION_ADMIN')", orgKey + 1);

        assertThat(call(operatorId, OPERATOR_PASSWORD, "settings", "", ldap.settings())
                        .body())
                .isEqualTo("ldap.org.internalUsers");
        assertThat(call(operatorId, OPERATOR_PASSWORD, "import", "&uids=" + admin, null)
                        .body())
                .isEqualTo("ldap.org.notLdap");
        assertThat(db.queryString("select count(*) from organization_ldap_setting where org_key = ?", orgKey))
                .isEqualTo("0");
    }

    private HttpResponse<String> call(String user, String password, String action, String query, String body)
            throws Exception {
        return call(user, password, action, query, body, orgId);
    }

    private HttpResponse<String> call(
            String user, String password, String action, String query, String body, String org) throws Exception {
        URI uri = URI.create(base.toExternalForm())
                .resolve("secured/ldap?action=" + action + "&org=" + URLEncoder.encode(org, StandardCharsets.UTF_8)
                        + query);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> whoami(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base.toExternalForm()).resolve("secured/whoami"))
                .header("Authorization", basic(user, password))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
