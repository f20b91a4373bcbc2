package org.bss.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.Organization;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationRole;
import org.bss.account.Organizations;
import org.bss.audit.AuditOperation;
import org.bss.common.ConflictException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.identity.PasswordHash;
import org.bss.identity.PlatformUser;
import org.bss.identity.UserData;
import org.bss.identity.UserStatus;
import org.bss.identity.Users;
import org.bss.mail.MailParams;
import org.bss.mail.MailTemplate;
import org.bss.testing.ServiceHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registering an organization (ORG-4) end to end below the surfaces: stored, audited, mailed, or nothing at all. */
class OrganizationRegistrationServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private OrganizationRegistration registration;

    @BeforeEach
    void operatorWithAuditLog() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        registration = bss.bean(OrganizationRegistration.class);
    }

    private static NewOrganization supplier(String administratorId) {
        return new NewOrganization(
                new OrganizationData("Acme Supplies", "office@acme.example", "1 Main St", null, null, null, "DE", "de"),
                new UserData(administratorId, "admin@acme.example", null, "MS", "Ada", "Admin", null, null, null),
                Set.of(OrganizationRole.SUPPLIER, OrganizationRole.TECHNOLOGY_PROVIDER),
                null,
                new BigDecimal("12.50"));
    }

    @Test
    void registersTheOrganizationWithItsAdministrator() {
        CreatedOrganization created = bss.call(() -> registration.register(supplier("acme-admin"), null));

        bss.inTransaction(em -> {
            Organization org = Organizations.get(em, created.orgId());
            assertThat(org.getName()).isEqualTo("Acme Supplies");
            assertThat(org.getRoles()).containsExactlyInAnyOrder("SUPPLIER", "TECHNOLOGY_PROVIDER");
            assertThat(org.getOperatorRevenueShare()).isEqualByComparingTo("12.50");
            PlatformUser admin = Users.byUserId(em, "acme-admin");
            assertThat(admin.getKey()).isEqualTo(created.administratorUserKey());
            assertThat(admin.getOrganization().getKey()).isEqualTo(org.getKey());
            assertThat(admin.getRoles())
                    .containsExactlyInAnyOrder(
                            Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
            assertThat(admin.getLocale())
                    .as("the organization's locale where none is given")
                    .isEqualTo("de");
            assertThat(admin.getStatus()).isEqualTo(UserStatus.ACTIVE);
            assertThat(admin.isPasswordChangeRequired()).isTrue();
            assertThat(PasswordHash.verify(created.initialPassword(), admin.getPasswordHash()))
                    .isTrue();
            return null;
        });
    }

    @Test
    void recordsOneAuditEntryWithThePairsOfTheAuditLog() {
        CreatedOrganization created = bss.call(() -> registration.register(supplier("acme-admin"), null));

        assertThat(bss.auditEntries(AuditOperation.CREATE_ORGANIZATION))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getUserId()).isEqualTo("administrator");
                    assertThat(entry.getOrgId()).isEqualTo(Organization.OPERATOR_ORG_ID);
                    assertThat(entry.getOccurredAt()).isEqualTo(ServiceHarness.START);
                    assertThat(entry.getPairs())
                            .isEqualTo(
                                    "userId=administrator|orgId=PLATFORM_OPERATOR|orgName=Platform operator"
                                            + "|organizationId=" + created.orgId() + "|organizationName=Acme Supplies"
                                            + "|organizationRoles=SUPPLIER,TECHNOLOGY_PROVIDER|email=office@acme.example|locale=de");
                });
    }

    @Test
    void mailsTheInitialPasswordToTheAdministrator() {
        CreatedOrganization created = bss.call(() -> registration.register(supplier("acme-admin"), null));

        assertThat(bss.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.ORGANIZATION_CREATED);
            assertThat(mail.recipient()).isEqualTo("admin@acme.example");
            assertThat(mail.locale().toLanguageTag()).isEqualTo("de");
            assertThat(mail.params())
                    .containsEntry(MailParams.USER_ID, "acme-admin")
                    .containsEntry(MailParams.USER_KEY, String.valueOf(created.administratorUserKey()))
                    .containsEntry(MailParams.ORGANIZATION_ID, created.orgId())
                    .containsEntry(MailParams.PASSWORD, created.initialPassword());
        });
    }

    @Test
    void aTakenAdministratorIdStoresNothing() {
        long organizations = countOrganizations();

        assertThatThrownBy(() -> bss.call(() -> registration.register(supplier("administrator"), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("administrator");

        assertThat(countOrganizations()).isEqualTo(organizations);
        assertThat(bss.auditEntries(AuditOperation.CREATE_ORGANIZATION)).isEmpty();
        assertThat(bss.tasks()).isEmpty();
    }

    private long countOrganizations() {
        return bss.inTransaction(em -> em.createQuery("select count(o) from Organization o", Long.class)
                .getSingleResult());
    }
}
