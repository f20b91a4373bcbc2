package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.bss.audit.AuditOperation;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.identity.PlatformUser;
import org.bss.identity.Users;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator's organization changes (ORG-5, ORG-6) below the surfaces: version, audit entry, role grants. */
class OrganizationServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private OrganizationService service;
    private String orgId;

    @BeforeEach
    void customerWithAnAdministratorAndAUser() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        orgId = bss.inTransaction(em -> {
            Organization org = TestData.organization(em, "Acme");
            TestData.user(em, org, "acme-admin", Roles.ORGANIZATION_ADMIN);
            TestData.user(em, org, "acme-user", Roles.SUBSCRIPTION_MANAGER);
            return org.getOrgId();
        });
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        service = bss.bean(OrganizationService.class);
    }

    private static OrganizationData renamed(String name) {
        return new OrganizationData(name, "new@acme.example", null, null, null, null, null, "ja");
    }

    @Test
    void anUpdateBumpsTheVersionAndIsAuditedOnce() {
        OrganizationView before = bss.call(() -> service.getOrganization(orgId));

        OrganizationView after =
                bss.call(() -> service.updateOrganization(orgId, renamed("Acme Two"), before.version()));

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(bss.call(() -> service.getOrganization(orgId))).satisfies(stored -> {
            assertThat(stored.name()).isEqualTo("Acme Two");
            assertThat(stored.email()).isEqualTo("new@acme.example");
            assertThat(stored.locale()).isEqualTo("ja");
            assertThat(stored.version()).isEqualTo(after.version());
        });
        assertThat(bss.auditEntries(AuditOperation.UPDATE_ORGANIZATION))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .isEqualTo("userId=administrator|orgId=PLATFORM_OPERATOR"
                                + "|orgName=Platform operator|organizationId=" + orgId
                                + "|organizationName=Acme Two|email=new@acme.example|locale=ja"));
    }

    /** The original lets an organization administrator edit the own organization (AccountService); audited too. */
    @Test
    void anAdministratorUpdatesTheOwnOrganization() {
        long adminKey = bss.inTransaction(em -> Users.byUserId(em, "acme-admin").getKey());
        bss.callerIs(Long.toString(adminKey), Roles.ORGANIZATION_ADMIN);
        OrganizationView before = bss.call(() -> service.getOwnOrganization());

        OrganizationView after = bss.call(() -> service.updateOwnOrganization(renamed("Acme Own"), before.version()));

        assertThat(before.orgId()).isEqualTo(orgId);
        assertThat(after.name()).isEqualTo("Acme Own");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(bss.auditEntries(AuditOperation.UPDATE_ORGANIZATION))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.getPairs()).contains("userId=acme-admin", "organizationId=" + orgId));
        assertThatThrownBy(() -> bss.call(() -> service.updateOwnOrganization(renamed("Stale"), before.version())))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void anUpdateWithAStaleVersionChangesNothing() {
        OrganizationView before = bss.call(() -> service.getOrganization(orgId));
        bss.call(() -> service.updateOrganization(orgId, renamed("Acme Two"), before.version()));

        assertThatThrownBy(() ->
                        bss.call(() -> service.updateOrganization(orgId, renamed("Acme Three"), before.version())))
                .isInstanceOf(ConcurrentModificationException.class);

        OrganizationView stored = bss.call(() -> service.getOrganization(orgId));
        assertThat(stored.name()).isEqualTo("Acme Two");
        assertThat(stored.version()).isEqualTo(before.version() + 1);
        assertThat(bss.auditEntries(AuditOperation.UPDATE_ORGANIZATION)).hasSize(1);
    }

    @Test
    void addedRolesGiveTheAdministratorsTheirManagerRolesAndOneAuditEntry() {
        long version = bss.call(() -> service.getOrganization(orgId)).version();

        OrganizationView view = bss.call(() -> service.addRoles(
                orgId, Set.of(OrganizationRole.SUPPLIER, OrganizationRole.TECHNOLOGY_PROVIDER), new BigDecimal("7.5")));

        assertThat(view.roles()).containsExactly("SUPPLIER", "TECHNOLOGY_PROVIDER");
        assertThat(view.operatorRevenueShare()).isEqualByComparingTo("7.5");
        assertThat(view.version()).isEqualTo(version + 1);
        assertThat(roles("acme-admin"))
                .containsExactlyInAnyOrder(Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
        assertThat(roles("acme-user")).as("not an administrator").containsExactly(Roles.SUBSCRIPTION_MANAGER);
        assertThat(bss.auditEntries(AuditOperation.ADD_ORGANIZATION_ROLE))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .isEqualTo("userId=administrator|orgId=PLATFORM_OPERATOR"
                                + "|orgName=Platform operator|organizationId=" + orgId
                                + "|organizationName=Acme|organizationRole=TECHNOLOGY_PROVIDER,SUPPLIER"));
    }

    @Test
    void refusedRolesGrantNothing() {
        assertThatThrownBy(() -> bss.call(() -> service.addRoles(
                        orgId, Set.of(OrganizationRole.SUPPLIER, OrganizationRole.BROKER), BigDecimal.ONE)))
                .isInstanceOf(ValidationException.class);

        assertThat(bss.call(() -> service.getOrganization(orgId)).roles()).isEmpty();
        assertThat(roles("acme-admin")).containsExactly(Roles.ORGANIZATION_ADMIN);
        assertThat(bss.auditEntries(AuditOperation.ADD_ORGANIZATION_ROLE)).isEmpty();
    }

    private Set<String> roles(String userId) {
        return bss.inTransaction(em -> {
            PlatformUser user = Users.byUserId(em, userId);
            return Set.copyOf(user.getRoles());
        });
    }
}
