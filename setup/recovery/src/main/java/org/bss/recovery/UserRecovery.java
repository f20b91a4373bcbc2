package org.bss.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.bss.audit.AuditCaller;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.bss.cli.CliException;
import org.bss.cli.ExitCode;
import org.bss.identity.GeneratedPasswords;
import org.bss.identity.PasswordHash;
import org.bss.identity.UserStatus;

/**
 * The two recovery operations, straight on the database, each in one transaction with the user's row locked (the
 * server's login locks the same row, so a concurrent login waits and then reads the new state). They change what
 * {@code UserService.unlockUser} and {@code resetPassword} change, with the same generated-password rule and hash,
 * and record the same audit operations with the caller {@link AuditCaller#LOCAL_ADMINISTRATOR}. The server needs no
 * notice: every login reads the user's row.
 */
final class UserRecovery {

    /** The user's row as it was before the operation. */
    record Account(long key, String userId, String status, int failedLogins, boolean ldapManaged) {
        boolean locked() {
            return UserStatus.LOCKED.name().equals(status);
        }
    }

    /** Result of unlock: the account before, and whether anything changed (and was audited). */
    record Unlocked(Account before, boolean changed) {}

    /** Result of a reset: the account before and the new password (to be shown once). */
    record Reset(Account before, String password) {}

    private final Connection connection;
    private final Clock clock;
    private final String osUser;
    private final String host;

    /**
     * @param osUser the operating-system account that runs the command, and {@code host} its machine: recorded with
     *        each audit entry, they tell which local administrator it was
     */
    UserRecovery(Connection connection, Clock clock, String osUser, String host) {
        this.connection = connection;
        this.clock = clock;
        this.osUser = osUser;
        this.host = host;
    }

    /**
     * Makes the account ACTIVE and clears its failed-login count. An active account without failed logins is left
     * as it is, without an audit entry (as the unlock of the portal, SOAP and REST).
     *
     * @throws CliException exit 5: no user has this user id; nothing changed
     */
    Unlocked unlock(String userId) throws CliException, SQLException {
        return inTransaction(() -> {
            Account account = lockedRow(userId);
            if (!account.locked() && account.failedLogins() == 0) {
                return new Unlocked(account, false);
            }
            try (PreparedStatement s =
                    connection.prepareStatement("update platform_user set status = ?, failed_login_count = 0,"
                            + " version = version + 1 where user_key = ?")) {
                s.setString(1, UserStatus.ACTIVE.name());
                s.setLong(2, account.key());
                s.executeUpdate();
            }
            audit(AuditOperation.UNLOCK_USER, account.userId());
            return new Unlocked(account, true);
        });
    }

    /**
     * Sets a new generated password that must be changed at the next login; like a reset by an administrator it also
     * makes the account ACTIVE, clears the failed-login count and ends the user's API tokens.
     *
     * @throws CliException exit 5: no user has this user id, or its password lives in an LDAP directory; nothing
     *         changed
     */
    Reset resetPassword(String userId) throws CliException, SQLException {
        return inTransaction(() -> {
            Account account = lockedRow(userId);
            if (account.ldapManaged()) {
                throw new CliException(
                        ExitCode.REJECTED,
                        "The user " + account.userId()
                                + " is managed by LDAP: its password is changed in the directory, not in BSS.");
            }
            String password = GeneratedPasswords.next();
            Instant now = clock.instant();
            try (PreparedStatement s = connection.prepareStatement("update platform_user set password_hash = ?,"
                    + " password_change_required = true, password_changed_at = ?, status = ?, failed_login_count = 0,"
                    + " version = version + 1 where user_key = ?")) {
                s.setString(1, PasswordHash.hashGenerated(password));
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, UserStatus.ACTIVE.name());
                s.setLong(4, account.key());
                s.executeUpdate();
            }
            // the reset ends the user's REST API tokens, as a reset in the server does (docs/rest.md, Tokens)
            try (PreparedStatement s = connection.prepareStatement("delete from api_token where user_key = ?")) {
                s.setLong(1, account.key());
                s.executeUpdate();
            }
            audit(AuditOperation.RESET_PASSWORD, account.userId());
            return new Reset(account, password);
        });
    }

    /** The user's row, locked until the transaction ends. */
    private Account lockedRow(String userId) throws CliException, SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("select user_key, user_id, status, failed_login_count, ldap_managed"
                        + " from platform_user where user_id = ? for update")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return new Account(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getBoolean(5));
                }
            }
        }
        throw new CliException(ExitCode.REJECTED, "The user " + userId + " does not exist." + keyHint(userId));
    }

    /** People type the SOAP login (user key 1000) where the user id (administrator) is asked for. */
    private String keyHint(String userId) throws SQLException {
        if (!userId.matches("[0-9]{1,18}")) {
            return "";
        }
        try (PreparedStatement s =
                connection.prepareStatement("select user_id from platform_user where user_key = ?")) {
            s.setLong(1, Long.parseLong(userId));
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? " " + userId + " is the user key of the user " + r.getString(1) + ": give the user id."
                        : "";
            }
        }
    }

    /**
     * One audit_log row as {@code AuditTrail} writes it, always (also with AUDIT_LOG_ENABLED false: a change made
     * outside every access check must leave a trace; docs/audit.md).
     */
    private void audit(AuditOperation operation, String userId) throws SQLException {
        AuditCaller caller = AuditCaller.LOCAL_ADMINISTRATOR;
        String pairs = caller.storedText(
                AuditPairs.of("user", userId).add("osUser", osUser).add("host", host));
        try (PreparedStatement s = connection.prepareStatement(
                "insert into audit_log (id, occurred_at, operation_id,"
                        + " operation_name, user_id, org_id, org_name, pairs) values (nextval('audit_log_seq'), ?, ?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setInt(2, operation.id());
            s.setString(3, operation.operationName());
            s.setString(4, caller.userId());
            s.setString(5, caller.orgId());
            s.setString(6, caller.orgName());
            s.setString(7, pairs);
            s.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws CliException, SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws CliException, SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (CliException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
