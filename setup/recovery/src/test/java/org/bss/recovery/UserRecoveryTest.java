package org.bss.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.bss.cli.CliException;
import org.bss.cli.ExitCode;
import org.bss.identity.GeneratedPasswords;
import org.bss.identity.PasswordHash;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL effects of unlock and reset-password on a schema built by the application's migrations (H2, PostgreSQL mode). */
class UserRecoveryTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private JdbcDataSource ds;
    private Connection c;
    private UserRecovery recovery;

    @BeforeEach
    void schema() throws SQLException {
        ds = TestSchema.migrated("jdbc:h2:mem:recovery" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        c = ds.getConnection();
        recovery = new UserRecovery(c, Clock.fixed(NOW, ZoneOffset.UTC), "root", "bss-host");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void unlockMakesALockedOperatorActiveClearsTheCountAndIsAudited() throws Exception {
        TestSchema.set(c, "administrator", "LOCKED", 3);
        TestSchema.Row before = TestSchema.row(c, "administrator");

        UserRecovery.Unlocked result = recovery.unlock("administrator");

        assertThat(result.changed()).isTrue();
        assertThat(result.before().locked()).isTrue();
        assertThat(result.before().failedLogins()).isEqualTo(3);
        TestSchema.Row after = TestSchema.row(c, "administrator");
        assertThat(after.status()).isEqualTo("ACTIVE");
        assertThat(after.failedLogins()).isZero();
        assertThat(after.passwordHash()).isEqualTo(before.passwordHash());
        assertThat(after.mustChange()).isEqualTo(before.mustChange());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(TestSchema.audit(c))
                .containsExactly(new TestSchema.Audit(
                        39015,
                        "Unlock user",
                        "LOCAL_ADMINISTRATOR",
                        null,
                        null,
                        "userId=LOCAL_ADMINISTRATOR|orgId=|orgName=|user=administrator|osUser=root|host=bss-host"));
        try (Connection other = ds.getConnection()) {
            assertThat(TestSchema.row(other, "administrator")).as("committed").isEqualTo(after);
        }
    }

    @Test
    void unlockClearsTheCountOfAnActiveUser() throws Exception {
        TestSchema.set(c, "administrator", "ACTIVE", 2);

        assertThat(recovery.unlock("administrator").changed()).isTrue();

        assertThat(TestSchema.row(c, "administrator").failedLogins()).isZero();
        assertThat(TestSchema.audit(c)).hasSize(1);
    }

    @Test
    void unlockOfAnActiveUserWithoutFailuresChangesNothing() throws Exception {
        TestSchema.Row before = TestSchema.row(c, "administrator");

        UserRecovery.Unlocked result = recovery.unlock("administrator");

        assertThat(result.changed()).isFalse();
        assertThat(TestSchema.row(c, "administrator")).isEqualTo(before);
        assertThat(TestSchema.audit(c)).isEmpty();
    }

    @Test
    void resetSetsAGeneratedPasswordThatMustBeChangedAndUnlocks() throws Exception {
        TestSchema.set(c, "administrator", "LOCKED", 3);
        long version = TestSchema.row(c, "administrator").version();

        UserRecovery.Reset result = recovery.resetPassword("administrator");

        assertThat(result.password()).hasSize(GeneratedPasswords.LENGTH);
        TestSchema.Row after = TestSchema.row(c, "administrator");
        assertThat(PasswordHash.verify(result.password(), after.passwordHash())).isTrue();
        assertThat(PasswordHash.verify("admin123", after.passwordHash()))
                .as("the old password is gone")
                .isFalse();
        assertThat(PasswordHash.iterationsOf(after.passwordHash())).isEqualTo(PasswordHash.GENERATED_ITERATIONS);
        assertThat(after.mustChange()).isTrue();
        assertThat(after.status()).isEqualTo("ACTIVE");
        assertThat(after.failedLogins()).isZero();
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(TestSchema.audit(c))
                .extracting(TestSchema.Audit::operationId, TestSchema.Audit::userId, TestSchema.Audit::pairs)
                .containsExactly(tuple(
                        39016,
                        "LOCAL_ADMINISTRATOR",
                        "userId=LOCAL_ADMINISTRATOR|orgId=|orgName=|user=administrator|osUser=root|host=bss-host"));
        assertThat(recovery.resetPassword("administrator").password())
                .as("each reset a new password")
                .isNotEqualTo(result.password());
    }

    @Test
    void resetEndsTheUsersApiTokensOnlyUnlockKeepsThem() throws Exception {
        TestSchema.addUser(c, 20002, "other", false);
        TestSchema.addTokenPair(c, "administrator");
        TestSchema.addTokenPair(c, "other");
        TestSchema.set(c, "administrator", "LOCKED", 3);

        recovery.unlock("administrator");
        assertThat(TestSchema.tokenHolders(c)).containsExactly("administrator", "other");

        recovery.resetPassword("administrator");
        assertThat(TestSchema.tokenHolders(c)).containsExactly("other");
    }

    @Test
    void unknownUserIsRejectedAndNothingChanges() throws Exception {
        TestSchema.set(c, "administrator", "LOCKED", 3);
        TestSchema.Row before = TestSchema.row(c, "administrator");

        assertThatThrownBy(() -> recovery.unlock("nobody")).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.REJECTED);
            assertThat(e.getMessage()).isEqualTo("The user nobody does not exist.");
        });
        assertThatThrownBy(() -> recovery.resetPassword("Administrator")).isInstanceOf(CliException.class);

        assertThat(TestSchema.row(c, "administrator")).isEqualTo(before);
        assertThat(TestSchema.audit(c)).isEmpty();
    }

    @Test
    void aUserKeyGivenForTheUserIdIsExplained() {
        assertThatThrownBy(() -> recovery.unlock("1000"))
                .isInstanceOf(CliException.class)
                .hasMessage(
                        "The user 1000 does not exist. 1000 is the user key of the user administrator: give the user id.");
        assertThatThrownBy(() -> recovery.unlock("999999999999999999"))
                .hasMessage("The user 999999999999999999 does not exist.");
    }

    @Test
    void anLdapUsersPasswordIsNotResetButItCanBeUnlocked() throws Exception {
        TestSchema.addUser(c, 20000, "ldap-user", true);
        TestSchema.set(c, "ldap-user", "LOCKED", 3);

        assertThatThrownBy(() -> recovery.resetPassword("ldap-user")).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.REJECTED);
            assertThat(e.getMessage()).contains("managed by LDAP");
        });
        assertThat(TestSchema.row(c, "ldap-user").status()).isEqualTo("LOCKED");
        assertThat(TestSchema.audit(c)).isEmpty();

        assertThat(recovery.unlock("ldap-user").changed()).isTrue();
        assertThat(TestSchema.row(c, "ldap-user").status()).isEqualTo("ACTIVE");
    }

    @Test
    void onlyTheNamedUserChanges() throws Exception {
        TestSchema.addUser(c, 20001, "other", false);
        TestSchema.set(c, "other", "LOCKED", 3);
        TestSchema.set(c, "administrator", "LOCKED", 3);

        recovery.unlock("administrator");

        assertThat(TestSchema.row(c, "other").status()).isEqualTo("LOCKED");
    }
}
