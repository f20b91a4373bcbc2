package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.BindingProvider;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bss.system.rest.OrganizationCleanup;
import org.bss.system.soap.client.ConcurrentModificationException;
import org.bss.system.soap.client.ObjectNotFoundException;
import org.bss.system.soap.client.OperationNotPermittedException;
import org.bss.system.soap.client.OperatorService;
import org.bss.system.soap.client.OperatorService_Service;
import org.bss.system.soap.client.OrganizationAuthoritiesException;
import org.bss.system.soap.client.ValidationException;
import org.bss.system.soap.client.VoConfigurationSetting;
import org.bss.system.soap.client.VoOperatorOrganization;
import org.bss.system.soap.client.VoOrganization;
import org.bss.system.soap.client.VoOrganizationRegistration;
import org.bss.system.soap.client.VoPaymentType;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organization operations of OperatorService/BASIC (registerOrganization, updateOrganization, getOrganization,
 * addOrganizationToRole, setDistinguishedName, addAvailablePaymentTypes, getUserOperationLog) through the client
 * generated from the served WSDL, as a fixture operator of its own. Organizations get unique names and
 * administrators; they are removed from the database after the class ({@link OrganizationCleanup}).
 */
class OrganizationServiceIT {

    static final String ENDPOINT = OperatorServiceIT.ENDPOINT;

    private static OperatorService_Service service;
    private static TestUser operator;
    private static TestUser plainUser;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void service() throws Exception {
        service = new OperatorService_Service(new URL(ENDPOINT + "?wsdl"));
        operator = TestUsers.operator();
        plainUser = TestUsers.plainUser();
    }

    @AfterAll
    static void cleanUp() {
        OrganizationCleanup.delete(created);
        TestUsers.delete(operator, plainUser);
    }

    static OperatorService port(TestUser user) {
        OperatorService port = service.getOperatorServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, user.key());
        ctx.put(BindingProvider.PASSWORD_PROPERTY, user.password());
        return port;
    }

    /** An org.properties text: the administrator and the organization name, then further lines. */
    static String properties(String adminId, String name, String... more) {
        List<String> lines = new ArrayList<>(List.of(
                "user.identifier=" + adminId,
                "user.email=" + adminId + "@example.com",
                "user.firstname=Taro",
                "user.lastname=Yamada",
                "user.salutation=MR",
                "user.locale=ja",
                "organization.name=" + name,
                "organization.locale=ja",
                "organization.domicile=JP"));
        lines.addAll(List.of(more));
        return OrganizationCleanup.properties(lines.toArray(String[]::new));
    }

    static VoOrganizationRegistration register(OperatorService port, String properties) throws Exception {
        VoOrganizationRegistration r = port.registerOrganization(properties, null);
        created.add(r.getOrganization().getOrganizationId());
        return r;
    }

    static VoOrganizationRegistration supplier(OperatorService port) throws Exception {
        return register(
                port,
                properties(
                        OrganizationCleanup.adminId(),
                        "Supplier " + OrganizationCleanup.suffix(),
                        "organization.roles=TECHNOLOGY_PROVIDER,SUPPLIER",
                        "organization.operatorrevshare=12.5"));
    }

    @Test
    void registerOrganizationWithAJapaneseNameAndReadItBack() throws Exception {
        OperatorService port = port(operator);
        String adminId = OrganizationCleanup.adminId();
        String name = "株式会社テスト商事 " + OrganizationCleanup.suffix();

        VoOrganizationRegistration r = register(
                port,
                properties(
                        adminId,
                        name,
                        "organization.roles=TECHNOLOGY_PROVIDER,SUPPLIER",
                        "organization.operatorrevshare=12.5",
                        "organization.description=クラウドサービスを提供します。"));

        assertThat(r.getAdministratorUserId()).isEqualTo(adminId);
        assertThat(r.getAdministratorUserKey()).isPositive();
        assertThat(r.getInitialPassword()).hasSize(12);
        VoOperatorOrganization org = port.getOrganization(r.getOrganization().getOrganizationId());
        assertThat(org.getName()).isEqualTo(name);
        assertThat(org.getDescription()).isEqualTo("クラウドサービスを提供します。");
        assertThat(org.getDomicileCountry()).isEqualTo("JP");
        assertThat(org.getOrganizationRoles()).containsExactly("SUPPLIER", "TECHNOLOGY_PROVIDER");
        assertThat(org.getOperatorRevenueShare()).isEqualByComparingTo("12.5");
        assertThat(org.getOrganizationId()).matches("[0-9a-f]{8}");
        TestUsers.Stored admin = TestUsers.stored(r.getAdministratorUserKey());
        assertThat(admin.userId()).isEqualTo(adminId);
        assertThat(admin.passwordChangeRequired())
                .as("the initial password must be changed")
                .isTrue();
    }

    @Test
    void aBrokenFieldIsAValidationFaultNamingTheKeyAndNothingIsStored() {
        String adminId = OrganizationCleanup.adminId();
        String text = properties(adminId, "Bad mail " + OrganizationCleanup.suffix(), "organization.roles=BROKER")
                .replace("user.email=" + adminId + "@example.com", "user.email=not-an-address");

        assertThatThrownBy(() -> port(operator).registerOrganization(text, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("user.email", "not-an-address");
                    assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException.EMAIL");
                    assertThat(e.getFaultInfo().getMember()).isEqualTo("organizationProperties");
                });
        assertThat(OrganizationCleanup.userExists(adminId))
                .as("no administrator without organization")
                .isFalse();
    }

    @Test
    void roleRulesUnknownKeysAndAnUpdateFileAreRefusedOnCreate() {
        OperatorService port = port(operator);
        String adminId = OrganizationCleanup.adminId();
        assertThatThrownBy(() -> port.registerOrganization(
                        properties(
                                adminId,
                                "Mixed",
                                "organization.roles=RESELLER,SUPPLIER",
                                "organization.operatorrevshare=5"),
                        null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));
        assertThatThrownBy(() -> port.registerOrganization(properties(adminId, "Customer without marketplace"), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("organization.marketplaceid"));
        assertThatThrownBy(
                        () -> port.registerOrganization(properties(adminId, "Typo", "organisation.roles=BROKER"), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("organisation.roles"));
        assertThatThrownBy(() -> port.registerOrganization(
                        properties(adminId, "With id", "organization.id=abc", "organization.roles=BROKER"), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));
        assertThatThrownBy(() -> port.registerOrganization(
                        properties(
                                adminId,
                                "LDAP",
                                "organization.roles=BROKER",
                                "organization.settings=/etc/bss/ldap.properties"),
                        null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));
        assertThatThrownBy(() -> port.registerOrganization(
                        properties(adminId, "LDAP", "organization.roles=BROKER"),
                        "LDAP_URL=ldap://127.0.0.1:1\nLDAP_BASE_DN=dc=example,dc=com\n"))
                .as("the directory cannot be asked: nothing is created")
                .isInstanceOf(ValidationException.class);
        assertThat(OrganizationCleanup.userExists(adminId)).isFalse();
    }

    @Test
    void aTakenAdministratorIdIsRefused() throws Exception {
        VoOrganizationRegistration first = supplier(port(operator));
        String again = properties(
                first.getAdministratorUserId(), "Second " + OrganizationCleanup.suffix(), "organization.roles=BROKER");

        assertThatThrownBy(() -> port(operator).registerOrganization(again, null))
                .isInstanceOfSatisfying(OperationNotPermittedException.class, e -> {
                    assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.OperationNotPermittedException");
                    assertThat(e.getMessage()).contains(first.getAdministratorUserId());
                });
    }

    @Test
    void anUnknownOrganizationIsObjectNotFound() {
        assertThatThrownBy(() -> port(operator).getOrganization("st-none-" + OrganizationCleanup.suffix()))
                .isInstanceOfSatisfying(ObjectNotFoundException.class, e -> {
                    assertThat(e.getFaultInfo().getClassEnum()).isEqualTo("ORGANIZATION");
                    assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ObjectNotFoundException.ORGANIZATION");
                });
    }

    @Test
    void updateFromPropertiesKeepsWhatIsLeftOutAndChecksTheVersion() throws Exception {
        OperatorService port = port(operator);
        VoOrganizationRegistration r = supplier(port);
        String orgId = r.getOrganization().getOrganizationId();
        int version = port.getOrganization(orgId).getVersion();

        VoOperatorOrganization updated = port.updateOrganization(
                OrganizationCleanup.properties(
                        "organization.id=" + orgId,
                        "organization.name=Umbenannt GmbH",
                        "organization.phone=+49 89 1234",
                        "organization.roles=SUPPLIER,TECHNOLOGY_PROVIDER"),
                (long) version);

        assertThat(updated.getName()).isEqualTo("Umbenannt GmbH");
        assertThat(updated.getPhone()).isEqualTo("+49 89 1234");
        assertThat(updated.getDomicileCountry()).as("left out: kept").isEqualTo("JP");
        assertThat(updated.getVersion()).isGreaterThan(version);
        assertThatThrownBy(() -> port.updateOrganization(
                        OrganizationCleanup.properties("organization.id=" + orgId, "organization.name=Stale"),
                        (long) version))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> port.updateOrganization(
                        OrganizationCleanup.properties("organization.id=" + orgId, "organization.roles=SUPPLIER"),
                        null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));
        // without a version (the CLI) the update applies to what is stored; an empty value clears
        assertThat(port.updateOrganization(
                                OrganizationCleanup.properties("organization.id=" + orgId, "organization.phone="), null)
                        .getPhone())
                .isNull();
        assertThat(port.getOrganization(orgId).getName()).isEqualTo("Umbenannt GmbH");
    }

    @Test
    void rolesDistinguishedNamesAndPaymentTypes() throws Exception {
        OperatorService port = port(operator);
        String customer = register(
                        port,
                        properties(
                                OrganizationCleanup.adminId(),
                                "Customer " + OrganizationCleanup.suffix(),
                                "organization.marketplaceid=mp-st"))
                .getOrganization()
                .getOrganizationId();
        String seller = supplier(port).getOrganization().getOrganizationId();

        assertThatThrownBy(() -> port.addAvailablePaymentTypes(org(customer), List.of("INVOICE")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));
        port.addOrganizationToRole(customer, List.of("RESELLER"), null);
        port.addAvailablePaymentTypes(org(customer), List.of("DIRECT_DEBIT"));
        port.addAvailablePaymentTypes(org(customer), List.of("INVOICE", "DIRECT_DEBIT"));
        assertThat(port.getOrganization(customer).getPaymentTypes())
                .extracting(VoPaymentType::getPaymentTypeId)
                .containsExactly("INVOICE", "DIRECT_DEBIT");
        assertThat(port.getOrganization(customer).getOrganizationRoles()).containsExactly("RESELLER");
        assertThatThrownBy(() -> port.addAvailablePaymentTypes(org(seller), List.of("PAYPAL")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("PAYPAL");
                    assertThat(e.getFaultInfo().getMember()).isEqualTo("types");
                });
        assertThatThrownBy(() -> port.addOrganizationToRole(seller, List.of("BROKER"), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey()).isEqualTo("ex.ValidationException"));

        String dn = "CN=" + seller + ".example.com,O=System Test,C=DE";
        port.setDistinguishedName(seller, dn);
        assertThat(port.getOrganization(seller).getDistinguishedName()).isEqualTo(dn);
        assertThatThrownBy(() -> port.setDistinguishedName(customer, dn))
                .isInstanceOfSatisfying(
                        OperationNotPermittedException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey())
                                .isEqualTo("ex.OperationNotPermittedException"));
        assertThatThrownBy(() -> port.setDistinguishedName(customer, "no dn")).isInstanceOf(ValidationException.class);
        port.setDistinguishedName(seller, "");
        assertThat(port.getOrganization(seller).getDistinguishedName()).isNull();
    }

    @Test
    void everyChangeIsInTheAuditLogOfTheOperator() throws Exception {
        OperatorService port = port(operator);
        String before = setting(port, "AUDIT_LOG_ENABLED");
        try {
            port.saveConfigurationSetting(setting("AUDIT_LOG_ENABLED", "true"));
            String orgId = supplier(port).getOrganization().getOrganizationId();
            port.setDistinguishedName(orgId, "CN=" + orgId + ",O=Audit,C=DE");
            port.addAvailablePaymentTypes(org(orgId), List.of("CREDIT_CARD"));
            LocalDate today = LocalDate.now(ZoneId.of(setting(port, "TIME_ZONE_ID")));

            String log = new String(
                    port.getUserOperationLog(
                            today.minusDays(1).toString(), today.plusDays(1).toString(), operator.userId()),
                    StandardCharsets.UTF_8);

            assertThat(log.lines()
                            .filter(l -> l.contains("organizationId=" + orgId + "|"))
                            .map(l -> l.split(",", -1)[3]))
                    .containsExactly("39000", "39003", "39004");
            assertThat(log)
                    .contains(
                            ",FSP_INTS-BSS,INFO,39000,Create organization,userId=" + operator.userId()
                                    + "|orgId=PLATFORM_OPERATOR|",
                            "|organizationId=" + orgId + "|organizationName=Supplier ",
                            "|organizationRoles=SUPPLIER,TECHNOLOGY_PROVIDER|email=|locale=ja");
            assertThat(log).contains("|paymentTypes=CREDIT_CARD");
        } finally {
            port.saveConfigurationSetting(setting("AUDIT_LOG_ENABLED", before));
        }
        assertThatThrownBy(() -> port.getUserOperationLog("2026-02-30", "2026-03-01", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("2026-02-30"));
    }

    @Test
    void aUserWithoutTheOperatorRoleIsNotAuthorized() {
        assertThatThrownBy(() -> port(plainUser)
                        .registerOrganization(
                                properties(OrganizationCleanup.adminId(), "X", "organization.roles=BROKER"), null))
                .isInstanceOfSatisfying(
                        OrganizationAuthoritiesException.class,
                        e -> assertThat(e.getFaultInfo().getMessageKey())
                                .isEqualTo("ex.OrganizationAuthoritiesException"));
        assertThatThrownBy(() -> port(plainUser).getUserOperationLog("2026-01-01", "2026-01-01", null))
                .isInstanceOf(OrganizationAuthoritiesException.class);
    }

    private static VoOrganization org(String orgId) {
        VoOrganization org = new VoOrganization();
        org.setOrganizationId(orgId);
        return org;
    }

    private static String setting(OperatorService port, String key) throws Exception {
        return port.getConfigurationSettings().stream()
                .filter(s -> key.equals(s.getInformationId()))
                .map(s -> s.getValue() == null ? "" : s.getValue())
                .findFirst()
                .orElseThrow();
    }

    private static VoConfigurationSetting setting(String key, String value) {
        return OperatorServiceIT.setting(key, value);
    }

    static BigDecimal share(String value) {
        return new BigDecimal(value);
    }
}
