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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bss.system.matrix.MatrixFixtures;
import org.bss.system.matrix.MatrixFixtures.Member;
import org.bss.system.matrix.MatrixFixtures.Org;
import org.bss.system.soap.identity.client.BulkUserImportException;
import org.bss.system.soap.identity.client.ConcurrentModificationException;
import org.bss.system.soap.identity.client.IdentityService;
import org.bss.system.soap.identity.client.IdentityService_Service;
import org.bss.system.soap.identity.client.NonUniqueBusinessKeyException;
import org.bss.system.soap.identity.client.ObjectNotFoundException;
import org.bss.system.soap.identity.client.OperationNotPermittedException;
import org.bss.system.soap.identity.client.SecurityCheckException;
import org.bss.system.soap.identity.client.UserAccountStatus;
import org.bss.system.soap.identity.client.UserDeletionConstraintException;
import org.bss.system.soap.identity.client.UserModificationConstraintException;
import org.bss.system.soap.identity.client.UserRoleAssignmentException;
import org.bss.system.soap.identity.client.UserRoleType;
import org.bss.system.soap.identity.client.ValidationException;
import org.bss.system.soap.identity.client.VoUser;
import org.bss.system.soap.identity.client.VoUserDetails;
import org.bss.system.support.TestMailServer;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IdentityService/BASIC through a client generated (wsimport) from the WSDL the server serves. Organization A is a
 * SUPPLIER with one administrator, B a customer with one; the operator is a {@link TestUsers} fixture. Users the
 * tests create carry the run's tag and are removed with the organizations afterwards ({@link MatrixFixtures}).
 */
class IdentityServiceIT {

    static final String ENDPOINT = OperatorServiceIT.BASE + "/IdentityService/BASIC";

    private static final MatrixFixtures FIXTURES = new MatrixFixtures();
    private static IdentityService_Service service;
    private static TestUser operator;
    private static Org a;
    private static Org b;
    private static Member adminA;
    private static Member adminB;

    @BeforeAll
    static void setUp() throws Exception {
        TestMailServer.start(); // receives the mails of created, locked, reset users
        service = new IdentityService_Service(new URL(ENDPOINT + "?wsdl"));
        operator = TestUsers.operator();
        a = FIXTURES.organization("a", "SUPPLIER");
        b = FIXTURES.organization("b");
        adminA = FIXTURES.user(a, "admin", "ACTIVE", "ORGANIZATION_ADMIN");
        adminB = FIXTURES.user(b, "admin", "ACTIVE", "ORGANIZATION_ADMIN");
    }

    @AfterAll
    static void cleanUp() {
        FIXTURES.cleanUp();
        TestUsers.delete(operator);
    }

    static IdentityService port(String login, String password) {
        IdentityService port = service.getIdentityServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, login);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, password);
        return port;
    }

    static IdentityService as(Member member) {
        return port(member.login(), member.password());
    }

    static VoUser user(String userId) {
        VoUser user = new VoUser();
        user.setUserId(userId);
        return user;
    }

    static VoUserDetails details(String userId, String email) {
        VoUserDetails user = new VoUserDetails();
        user.setUserId(userId);
        user.setEMail(email);
        user.setLocale("de");
        user.setFirstName("Erika");
        user.setLastName("Mustermann");
        user.setSalutation("MS");
        return user;
    }

    @Test
    void wsdlIsPublicWithTheContractsNamesAndCallsNeedCredentials() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ENDPOINT + "?wsdl")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body())
                .contains(
                        "targetNamespace=\"http://oscm.org/xsd\"",
                        "name=\"IdentityService\"",
                        "name=\"createUser\"",
                        "name=\"importUsersInOwnOrganization\"",
                        "name=\"BulkUserImportException\"");
        Member member = FIXTURES.user(a, "auth", "ACTIVE");
        assertThatThrownBy(
                        () -> port(member.login(), "wrong-" + member.password()).getCurrentUserDetails())
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("401");
        assertThat(as(member).getCurrentUserDetails().getUserId()).isEqualTo(member.userId());
    }

    @Test
    void administratorCreatesReadsUpdatesAndDeletesAUser() throws Exception {
        IdentityService port = as(adminA);
        String userId = FIXTURES.fresh("crud");

        VoUserDetails created = port.createUser(
                details(userId, userId + "@system-test.invalid"), List.of(UserRoleType.SUBSCRIPTION_MANAGER), null);

        assertThat(created.getKey()).isPositive();
        assertThat(created.getUserId()).isEqualTo(userId);
        assertThat(created.getOrganizationId()).isEqualTo(a.orgId());
        assertThat(created.getUserRoles()).containsExactly(UserRoleType.SUBSCRIPTION_MANAGER);
        assertThat(created.getStatus()).isEqualTo(UserAccountStatus.PASSWORD_MUST_BE_CHANGED);
        assertThat(created.getEMail()).isEqualTo(userId + "@system-test.invalid");
        assertThat(created.getSalutation()).isEqualTo("MS");

        VoUserDetails read = port.getUserDetails(user(userId));
        assertThat(read.getKey()).isEqualTo(created.getKey());
        assertThat(read.getLocale()).isEqualTo("de");
        assertThat(port.getUser(user(userId)).getStatus()).isEqualTo(UserAccountStatus.PASSWORD_MUST_BE_CHANGED);

        read.setFirstName("Erika Maria");
        read.setPhone("+49 89 123");
        VoUserDetails updated = port.updateUser(read);
        assertThat(updated.getFirstName()).isEqualTo("Erika Maria");
        assertThat(updated.getPhone()).isEqualTo("+49 89 123");
        assertThat(updated.getLastName()).as("a field sent unchanged stays").isEqualTo("Mustermann");
        assertThat(updated.getVersion()).isGreaterThan(read.getVersion());

        read.setFirstName("stale");
        assertThatThrownBy(() -> port.updateUser(read)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(MatrixFixtures.storedUser(userId).firstName()).isEqualTo("Erika Maria");

        port.deleteUser(user(userId), null);
        assertThatThrownBy(() -> port.getUserDetails(user(userId)))
                .isInstanceOfSatisfying(
                        ObjectNotFoundException.class,
                        e -> assertThat(e.getFaultInfo().getClassEnum()).isEqualTo("USER"));
        assertThat(MatrixFixtures.storedUser(userId)).isNull();
    }

    @Test
    void createRefusalsHaveTheContractsFaults() throws Exception {
        IdentityService port = as(adminA);
        String userId = FIXTURES.fresh("dup");
        port.createUser(details(userId, userId + "@system-test.invalid"), List.of(), null);

        assertThatThrownBy(() -> port.createUser(details(userId, "other@system-test.invalid"), List.of(), null))
                .isInstanceOfSatisfying(NonUniqueBusinessKeyException.class, e -> {
                    assertThat(e.getFaultInfo().getClassEnum()).isEqualTo("USER");
                    assertThat(e.getMessage()).startsWith("EXCEPTIONID ").contains(userId);
                });
        String other = FIXTURES.fresh("role");
        assertThatThrownBy(() -> port.createUser(
                        details(other, other + "@system-test.invalid"), List.of(UserRoleType.MARKETPLACE_OWNER), null))
                .isInstanceOfSatisfying(
                        UserRoleAssignmentException.class,
                        e -> assertThat(e.getMessage()).contains("MARKETPLACE_OWNER"));
        assertThatThrownBy(() -> port.createUser(details(other, "not-an-address"), List.of(), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMember()).isEqualTo("email"));
        assertThat(MatrixFixtures.storedUser(other)).as("nothing half-done").isNull();
    }

    @Test
    void rolesAreGrantedRevokedAndSetWithinTheOrganizationsRoles() throws Exception {
        IdentityService port = as(adminA);
        Member member = FIXTURES.user(a, "roles", "ACTIVE");

        assertThat(port.getAvailableUserRoles(user(member.userId())))
                .containsExactlyInAnyOrder(
                        UserRoleType.ORGANIZATION_ADMIN,
                        UserRoleType.SUBSCRIPTION_MANAGER,
                        UserRoleType.SERVICE_MANAGER);
        port.grantUserRoles(
                user(member.userId()), List.of(UserRoleType.SERVICE_MANAGER, UserRoleType.SUBSCRIPTION_MANAGER));
        assertThat(MatrixFixtures.storedUser(member.userId()).roles())
                .containsExactlyInAnyOrder("SERVICE_MANAGER", "SUBSCRIPTION_MANAGER");
        port.revokeUserRoles(user(member.userId()), List.of(UserRoleType.SERVICE_MANAGER));
        assertThat(MatrixFixtures.storedUser(member.userId()).roles()).containsExactly("SUBSCRIPTION_MANAGER");
        port.setUserRoles(user(member.userId()), List.of(UserRoleType.ORGANIZATION_ADMIN));
        assertThat(MatrixFixtures.storedUser(member.userId()).roles()).containsExactly("ORGANIZATION_ADMIN");
        port.setUserRoles(user(member.userId()), List.of());
        assertThat(MatrixFixtures.storedUser(member.userId()).roles()).isEmpty();

        assertThatThrownBy(() -> port.grantUserRoles(user(member.userId()), List.of(UserRoleType.BROKER_MANAGER)))
                .isInstanceOf(UserRoleAssignmentException.class);
        assertThat(MatrixFixtures.storedUser(member.userId()).roles()).isEmpty();
    }

    @Test
    void theLastAdministratorStays() {
        Org lonely = FIXTURES.organization("lonely");
        Member admin = FIXTURES.user(lonely, "admin", "ACTIVE", "ORGANIZATION_ADMIN");

        assertThatThrownBy(
                        () -> as(admin).revokeUserRoles(user(admin.userId()), List.of(UserRoleType.ORGANIZATION_ADMIN)))
                .isInstanceOfSatisfying(
                        UserModificationConstraintException.class,
                        e -> assertThat(e.getFaultInfo().getReason()).isEqualTo("LAST_ADMIN"));
        assertThatThrownBy(() -> as(admin).deleteUser(user(admin.userId()), null))
                .isInstanceOf(UserDeletionConstraintException.class);
        Member op = new Member(operator.userKey(), operator.userId(), operator.password());
        assertThatThrownBy(() -> as(op).deleteUser(user(admin.userId()), null))
                .isInstanceOf(UserDeletionConstraintException.class);
        assertThat(MatrixFixtures.storedUser(admin.userId()).roles()).containsExactly("ORGANIZATION_ADMIN");
    }

    @Test
    void lockUnlockAndResetChangeTheAccountState() throws Exception {
        IdentityService port = as(adminA);
        Member member = FIXTURES.user(a, "lock", "ACTIVE");

        port.lockUserAccount(user(member.userId()), UserAccountStatus.LOCKED, null);
        assertThat(port.getUser(user(member.userId())).getStatus()).isEqualTo(UserAccountStatus.LOCKED);
        assertThat(TestMailServer.awaitMail(member.userId() + "@system-test.invalid", Duration.ofSeconds(30)))
                .as("the user is told by mail")
                .isNotNull();
        assertThatThrownBy(() -> as(member).getCurrentUserDetails()).hasMessageContaining("401");

        assertThatThrownBy(() -> port.lockUserAccount(user(member.userId()), UserAccountStatus.ACTIVE, null))
                .isInstanceOfSatisfying(
                        OperationNotPermittedException.class,
                        e -> assertThat(e.getMessage()).contains("unlockUserAccount"));
        port.unlockUserAccount(user(member.userId()), null);
        assertThat(MatrixFixtures.storedUser(member.userId()).status()).isEqualTo("ACTIVE");
        assertThat(as(member).getCurrentUserDetails().getUserId()).isEqualTo(member.userId());

        port.requestResetOfUserPassword(user(member.userId()), null);
        assertThat(port.getUserDetails(user(member.userId())).getStatus())
                .isEqualTo(UserAccountStatus.PASSWORD_MUST_BE_CHANGED);
        assertThat(MatrixFixtures.storedUser(member.userId()).passwordChangeRequired())
                .isTrue();
    }

    @Test
    void listsAndReadsStayInsideTheCallersOrganization() throws Exception {
        Member member = FIXTURES.user(a, "list", "ACTIVE", "SUBSCRIPTION_MANAGER");

        List<VoUserDetails> users = as(adminA).getUsersForOrganization();
        assertThat(users)
                .extracting(VoUser::getUserId)
                .contains(adminA.userId(), member.userId())
                .doesNotContain(adminB.userId());
        assertThat(users).allSatisfy(u -> assertThat(u.getOrganizationId()).isEqualTo(a.orgId()));

        VoUserDetails self = as(member).getCurrentUserDetails();
        assertThat(self.getUserId()).isEqualTo(member.userId());
        assertThat(self.getUserRoles()).containsExactly(UserRoleType.SUBSCRIPTION_MANAGER);
        assertThat(as(member).getCurrentUserDetailsIfPresent().getKey()).isEqualTo(member.key());

        assertThatThrownBy(() -> as(adminA).getUserDetails(user(adminB.userId())))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> as(member).getUsersForOrganization())
                .isInstanceOf(OperationNotPermittedException.class);
        assertThatThrownBy(() -> as(member).lockUserAccount(user(adminA.userId()), UserAccountStatus.LOCKED, null))
                .isInstanceOf(OperationNotPermittedException.class);
    }

    @Test
    void usersChangeTheirOwnPassword() throws Exception {
        Member member = FIXTURES.user(a, "pw", "ACTIVE");
        String newPassword = "Changed-by-SOAP-42";

        assertThatThrownBy(() -> as(member).changePassword("wrong-password", newPassword))
                .isInstanceOf(SecurityCheckException.class);
        assertThatThrownBy(() -> as(member).changePassword(member.password(), "short"))
                .isInstanceOf(ValidationException.class);
        as(member).changePassword(member.password(), newPassword);

        assertThat(port(member.login(), newPassword).getCurrentUserDetails().getUserId())
                .isEqualTo(member.userId());
        assertThatThrownBy(() -> as(member).getCurrentUserDetails()).hasMessageContaining("401");
    }

    @Test
    void importListsEveryRejectedLineAndImportsTheOthers() throws Exception {
        String good1 = FIXTURES.fresh("imp1");
        String bad = FIXTURES.fresh("imp2");
        String good2 = FIXTURES.fresh("imp3");
        String csv = good1 + "," + good1 + "@system-test.invalid,en,MR,Max,Muster,SUBSCRIPTION_MANAGER\n"
                + bad + "," + bad + "@system-test.invalid,en,MR,Bad,Role,MARKETPLACE_OWNER\n"
                + "\n"
                + good2 + "," + good2 + "@system-test.invalid,ja,MS,花子,山田,\"ORGANIZATION_ADMIN,SERVICE_MANAGER\"\n";

        assertThatThrownBy(() -> as(adminA).importUsersInOwnOrganization(csv.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(BulkUserImportException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("1 of 3 lines were not imported (2 users created)")
                            .contains("Line 2 (user ID " + bad + "):")
                            .contains("MARKETPLACE_OWNER");
                    assertThat(e.getFaultInfo().getReason().toString()).isEqualTo("WRONG_ROLE");
                    assertThat(e.getFaultInfo().getMessageParams())
                            .singleElement()
                            .asString()
                            .startsWith("Line 2 ");
                });
        assertThat(MatrixFixtures.storedUser(good1).orgId()).isEqualTo(a.orgId());
        assertThat(MatrixFixtures.storedUser(good2).roles())
                .containsExactlyInAnyOrder("ORGANIZATION_ADMIN", "SERVICE_MANAGER");
        assertThat(MatrixFixtures.storedUser(bad)).isNull();

        String clean = FIXTURES.fresh("imp4");
        as(adminA)
                .importUsersInOwnOrganization(
                        (clean + "," + clean + "@system-test.invalid,de,,,,SUBSCRIPTION_MANAGER\n")
                                .getBytes(StandardCharsets.UTF_8),
                        null);
        assertThat(MatrixFixtures.storedUser(clean)).isNotNull();
    }

    @Test
    void importRefusals() {
        assertThatThrownBy(() -> as(adminA).importUsersInOwnOrganization("\n\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        BulkUserImportException.class,
                        e -> assertThat(e.getFaultInfo().getReason().toString()).isEqualTo("PARSING_FAILED"));
        String userId = FIXTURES.fresh("imp5");
        byte[] csv = (userId + "," + userId + "@system-test.invalid,en,,,,SUBSCRIPTION_MANAGER\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as(adminA).importUsers(csv, b.orgId(), null))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> as(adminA).importUsers(csv, "no-such-org-" + userId, null))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(MatrixFixtures.storedUser(userId)).isNull();
    }

    @Test
    void operatorImportsIntoAnyOrganization() throws Exception {
        String userId = FIXTURES.fresh("imp6");
        Member op = new Member(operator.userKey(), operator.userId(), operator.password());

        as(op).importUsers(
                        (userId + "," + userId + "@system-test.invalid,en,,,,\n").getBytes(StandardCharsets.UTF_8),
                        b.orgId(),
                        null);

        assertThat(MatrixFixtures.storedUser(userId).orgId()).isEqualTo(b.orgId());
    }
}
