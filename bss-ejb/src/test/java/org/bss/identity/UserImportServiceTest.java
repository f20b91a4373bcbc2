package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.identity.csv.RejectedRow;
import org.bss.mail.MailMessage;
import org.bss.mail.MailTemplate;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CSV import (USR-5) below the surfaces. In the server the runner works in the background, one transaction per
 * chunk; here {@code startImport} runs it to the end within the call (no {@code @Asynchronous}, one transaction), so
 * the view it returns is the finished import.
 */
class UserImportServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private UserImportService imports;
    private String acme;

    @BeforeEach
    void customerWithAnAdministrator() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        bss.inTransaction(em -> {
            Organization org = TestData.organization(em, "Acme");
            acme = org.getOrgId();
            TestData.user(em, org, "acme-admin", Roles.ORGANIZATION_ADMIN);
            TestData.user(em, org, "acme-user", Roles.SUBSCRIPTION_MANAGER);
            return TestData.user(em, TestData.organization(em, "Globex"), "globex-admin", Roles.ORGANIZATION_ADMIN);
        });
        bss.callerIs("id:acme-admin", Roles.ORGANIZATION_ADMIN);
        imports = bss.bean(UserImportService.class);
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheGoodLinesAndRecordsTheRejectedOnes() {
        byte[] file = csv(
                "amy,amy@acme.example,en,MS,Amy,Ames,SUBSCRIPTION_MANAGER",
                "bob,bob@acme.example,de,,,,ORGANIZATION_ADMIN",
                "carl,carl@acme.example,fr,,,,SUBSCRIPTION_MANAGER",
                "acme-user,again@acme.example,en,,,,SUBSCRIPTION_MANAGER",
                "dora,dora@acme.example,en,,,,SERVICE_MANAGER");

        UserImportView view = bss.call(() -> imports.startImport(null, file));

        assertThat(view.status()).isEqualTo(UserImport.Status.DONE);
        assertThat(view.organizationId()).isEqualTo(acme);
        assertThat(view.totalRows()).isEqualTo(5);
        assertThat(view.processedRows()).isEqualTo(5);
        assertThat(view.importedUsers()).isEqualTo(2);
        assertThat(view.rejectedRows()).isEqualTo(3);
        assertThat(view.rejected())
                .extracting(RejectedRow::line, RejectedRow::userId, RejectedRow::messageKey)
                .containsExactly(
                        tuple(3, "carl", "account.field.oneOf"),
                        tuple(4, "acme-user", "account.user.duplicate"),
                        tuple(5, "dora", "identity.role.notAvailable"));
        assertThat(bss.call(() -> imports.getImport(view.importId()))).isEqualTo(view);

        assertThat(stored("amy").getRoles()).containsExactly(Roles.SUBSCRIPTION_MANAGER);
        assertThat(stored("bob").getOrganization().getOrgId()).isEqualTo(acme);
        assertThat(stored("dora")).isNull();
        assertThat(stored("acme-user").getEmail())
                .as("the existing user is kept")
                .isEqualTo("acme-user@example.com");
        assertThat(bss.auditEntries(AuditOperation.IMPORT_USERS))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .isEqualTo("userId=acme-admin|orgId=" + acme + "|orgName=Acme|organizationId=" + acme
                                + "|organizationName=Acme|importedUsers=2|rejectedRows=3"));
        assertThat(bss.mails())
                .extracting(MailMessage::template, MailMessage::recipient)
                .containsExactly(
                        tuple(MailTemplate.USER_CREATED, "amy@acme.example"),
                        tuple(MailTemplate.USER_CREATED, "bob@acme.example"));
    }

    @Test
    void aFileLongerThanAChunkIsImportedWhole() {
        int users = UserImportRunner.CHUNK + 1;
        byte[] file = csv(IntStream.rangeClosed(1, users)
                .mapToObj(i -> "u" + i + ",u" + i + "@acme.example,en")
                .toArray(String[]::new));
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN); // the operator may leave out roles

        UserImportView view = bss.call(() -> imports.startImport(acme, file));

        assertThat(view.status()).isEqualTo(UserImport.Status.DONE);
        assertThat(view.importedUsers()).isEqualTo(users);
        assertThat(stored("u" + users)).isNotNull();
        assertThat(bss.auditEntries(AuditOperation.IMPORT_USERS))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .as("the operator's entry names the organization imported into")
                        .startsWith("userId=administrator|orgId=PLATFORM_OPERATOR|")
                        .endsWith("|organizationId=" + acme + "|organizationName=Acme|importedUsers=" + users
                                + "|rejectedRows=0"));
        assertThat(bss.mails()).hasSize(users);
    }

    @Test
    void anAdministratorOfAnotherOrganizationImportsNothing() {
        bss.callerIs("id:globex-admin", Roles.ORGANIZATION_ADMIN);

        assertThatThrownBy(() -> bss.call(
                        () -> imports.startImport(acme, csv("amy,amy@acme.example,en,,,,SUBSCRIPTION_MANAGER"))))
                .isInstanceOf(ObjectNotFoundException.class);

        long started = bss.inTransaction(em ->
                em.createQuery("select count(i) from UserImport i", Long.class).getSingleResult());
        assertThat(started).isZero();
        assertThat(stored("amy")).isNull();
        assertThat(bss.auditEntries(AuditOperation.IMPORT_USERS)).isEmpty();
        assertThat(bss.tasks()).isEmpty();
    }

    private PlatformUser stored(String userId) {
        return bss.inTransaction(em -> Users.byUserId(em, userId));
    }
}
