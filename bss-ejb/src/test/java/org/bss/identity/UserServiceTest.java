package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import java.util.function.Supplier;
import org.bss.account.Organization;
import org.bss.audit.AuditOperation;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.mail.MailMessage;
import org.bss.mail.MailParams;
import org.bss.mail.MailTemplate;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An organization administrator manages its users (USR-2..4) below the surfaces: audit entries, mails, versions. */
class UserServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private UserService users;
    private String acme;

    @BeforeEach
    void twoCustomersWithAdministrators() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        bss.inTransaction(em -> {
            Organization org = TestData.organization(em, "Acme");
            acme = org.getOrgId();
            TestData.user(em, org, "acme-admin", Roles.ORGANIZATION_ADMIN);
            TestData.user(em, org, "acme-user", Roles.SUBSCRIPTION_MANAGER);
            return TestData.user(em, TestData.organization(em, "Globex"), "globex-admin", Roles.ORGANIZATION_ADMIN);
        });
        bss.callerIs("id:acme-admin", Roles.ORGANIZATION_ADMIN);
        users = bss.bean(UserService.class);
    }

    @Test
    void aNewUserIsAuditedAndGetsItsInitialPasswordByMail() {
        UserView created = bss.call(() -> users.createUser(
                null,
                new UserData("newbie", "newbie@acme.example", "de", "MR", "Nils", "New", null, null, null),
                Set.of(Roles.SUBSCRIPTION_MANAGER)));

        assertThat(created.organizationId()).isEqualTo(acme);
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(bss.auditEntries(AuditOperation.CREATE_USER))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .isEqualTo("userId=acme-admin|orgId=" + acme + "|orgName=Acme"
                                + "|user=newbie|email=newbie@acme.example|userRoles=SUBSCRIPTION_MANAGER|locale=de"));
        MailMessage mail = onlyMail(MailTemplate.USER_CREATED, "newbie@acme.example");
        assertThat(mail.locale().toLanguageTag()).isEqualTo("de");
        assertThat(mail.params()).containsEntry(MailParams.USER_ID, "newbie");
        assertThat(PasswordHash.verify(
                        mail.params().get(MailParams.PASSWORD), stored("newbie").getPasswordHash()))
                .isTrue();
    }

    @Test
    void lockAndUnlockChangeTheStatusOnceEachWithAuditEntryAndMail() {
        long version = stored("acme-user").getVersion();

        UserView locked = bss.call(() -> users.lockUser("acme-user"));
        assertThat(locked.status()).isEqualTo(UserStatus.LOCKED);
        assertThat(locked.version()).isEqualTo(version + 1);
        assertThat(bss.call(() -> users.lockUser("acme-user")).version())
                .as("locking a locked user changes nothing")
                .isEqualTo(version + 1);
        assertThat(bss.auditEntries(AuditOperation.LOCK_USER))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs()).endsWith("|user=acme-user"));
        onlyMail(MailTemplate.USER_LOCKED, "acme-user@example.com");

        UserView unlocked = bss.call(() -> users.unlockUser("acme-user"));
        assertThat(unlocked.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(unlocked.version()).isEqualTo(version + 2);
        assertThat(bss.auditEntries(AuditOperation.UNLOCK_USER)).hasSize(1);
        assertThat(bss.mails())
                .extracting(MailMessage::template)
                .containsExactly(MailTemplate.USER_LOCKED, MailTemplate.USER_UNLOCKED);
    }

    @Test
    void unlockClearsFailedLogins() {
        bss.inTransaction(em -> {
            Users.byUserId(em, "acme-user").apply(new LockoutPolicy.State(2, false));
            return null;
        });

        UserView unlocked = bss.call(() -> users.unlockUser("acme-user"));

        assertThat(unlocked.failedLoginCount()).isZero();
        assertThat(stored("acme-user").getFailedLoginCount()).isZero();
        onlyMail(MailTemplate.USER_UNLOCKED, "acme-user@example.com");
    }

    @Test
    void aResetGivesANewPasswordByMailAndUnlocks() {
        UserView locked = bss.call(() -> users.lockUser("acme-user"));
        String oldHash = stored("acme-user").getPasswordHash();

        UserView reset = bss.call(() -> users.resetPassword("acme-user"));

        assertThat(reset.version()).isEqualTo(locked.version() + 1);
        assertThat(reset.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(reset.passwordChangeRequired()).isTrue();
        PlatformUser user = stored("acme-user");
        assertThat(user.getPasswordHash()).isNotEqualTo(oldHash);
        assertThat(bss.mails())
                .extracting(MailMessage::template)
                .containsExactly(MailTemplate.USER_LOCKED, MailTemplate.PASSWORD_RESET);
        String password = bss.mails().get(1).params().get(MailParams.PASSWORD);
        assertThat(PasswordHash.verify(password, user.getPasswordHash())).isTrue();
        assertThat(bss.auditEntries(AuditOperation.RESET_PASSWORD))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs()).endsWith("|user=acme-user"));
    }

    @Test
    void aDeletedUserIsGoneWithOneAuditEntryAndNoMail() {
        long version = stored("acme-user").getVersion();

        bss.run(() -> users.deleteUser("acme-user", version));

        assertThat(stored("acme-user")).isNull();
        assertThat(bss.auditEntries(AuditOperation.DELETE_USER))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPairs())
                        .isEqualTo("userId=acme-admin|orgId=" + acme + "|orgName=Acme|user=acme-user"));
        assertThat(bss.tasks()).isEmpty();
    }

    @Test
    void anAdministratorOfAnotherOrganizationFindsNothingAndChangesNothing() {
        bss.callerIs("id:globex-admin", Roles.ORGANIZATION_ADMIN);
        PlatformUser before = stored("acme-user");

        String unknownUser = notFoundKey(() -> users.lockUser("nobody-at-all"));
        assertThat(notFoundKey(() -> users.lockUser("acme-user"))).isEqualTo(unknownUser);
        assertThat(notFoundKey(() -> users.resetPassword("acme-user"))).isEqualTo(unknownUser);
        assertThat(notFoundKey(() -> users.getUser("acme-user"))).isEqualTo(unknownUser);
        assertThat(notFoundKey(() -> users.createUser(
                        acme,
                        new UserData("intruder", "intruder@globex.example", "en", null, null, null, null, null, null),
                        Set.of())))
                .isEqualTo("account.organization.notFound");

        PlatformUser after = stored("acme-user");
        assertThat(after.getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(stored("intruder")).isNull();
        assertThat(bss.auditEntries(AuditOperation.LOCK_USER)).isEmpty();
        assertThat(bss.auditEntries(AuditOperation.RESET_PASSWORD)).isEmpty();
        assertThat(bss.auditEntries(AuditOperation.CREATE_USER)).isEmpty();
        assertThat(bss.tasks()).isEmpty();
    }

    @Test
    void anAdministratorCannotLockItself() {
        assertThatThrownBy(() -> bss.call(() -> users.lockUser("acme-admin")))
                .isInstanceOf(OperationNotPermittedException.class);

        assertThat(stored("acme-admin").getStatus()).isEqualTo(UserStatus.ACTIVE);
        assertThat(bss.tasks()).isEmpty();
    }

    @Test
    void anEditWithAStaleVersionChangesNothing() {
        long version = stored("acme-user").getVersion();
        UserData rename = new UserData(null, null, null, null, "Ann", null, null, null, null);
        bss.call(() -> users.updateUser("acme-user", rename, version));

        UserData again = new UserData(null, null, null, null, "Bea", null, null, null, null);
        assertThatThrownBy(() -> bss.call(() -> users.updateUser("acme-user", again, version)))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(stored("acme-user").getFirstName()).isEqualTo("Ann");
        assertThat(stored("acme-user").getVersion()).isEqualTo(version + 1);
        assertThat(bss.auditEntries(AuditOperation.UPDATE_USER)).hasSize(1);
    }

    /** The message key of the "not found" the call is refused with. */
    private String notFoundKey(Supplier<?> call) {
        Throwable refused = catchThrowable(() -> bss.call(call));
        assertThat(refused).isInstanceOf(ObjectNotFoundException.class);
        return ((ObjectNotFoundException) refused).messageKey();
    }

    private MailMessage onlyMail(MailTemplate template, String recipient) {
        assertThat(bss.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.template()).isEqualTo(template);
            assertThat(mail.recipient()).isEqualTo(recipient);
        });
        return bss.mails().get(0);
    }

    private PlatformUser stored(String userId) {
        return bss.inTransaction(em -> Users.byUserId(em, userId));
    }
}
