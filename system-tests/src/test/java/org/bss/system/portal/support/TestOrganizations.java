package org.bss.system.portal.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.identity.PasswordHash;
import org.bss.system.support.Leftovers;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;

/**
 * A customer organization of its own for the account-page tests, written straight into the server's database like
 * {@link TestUsers}: an organization {@code st-org-<random>} without organization roles (so its users may be
 * administrators and subscription managers), one administrator and one subscription manager, both active with
 * {@link TestUsers#PASSWORD}. {@link #delete} removes the organization with every user in it, also those the tests
 * created through the portal or an import. Keys are random from 70,000,000 up (far from the sequences and from
 * {@link TestUsers}' keys); organizations older than a day left by a killed run are removed at the first call.
 */
public final class TestOrganizations {

    static final long FIRST_KEY = 70_000_000L;
    static final long LAST_KEY = 999_999_999L;
    static final String ID_PREFIX = "st-org-";
    private static final Leftovers LEFTOVERS =
            new Leftovers("organization", "org_key", "org_id", FIRST_KEY, ID_PREFIX, TestOrganizations::delete);

    private TestOrganizations() {}

    /** The organization, its administrator and its subscription manager (e-mail addresses of the test mail server). */
    public record TestOrganization(long orgKey, String orgId, TestUser admin, String adminEmail, TestUser manager) {}

    /** The stored state of an import (user_import). */
    public record StoredImport(
            String status, int totalRows, int importedUsers, int rejectedRows, Instant startedAt, Instant finishedAt) {
        public Duration duration() {
            return Duration.between(startedAt, finishedAt);
        }
    }

    public static TestOrganization create(String adminEmail) {
        LEFTOVERS.removeOnce();
        String hash = PasswordHash.hash(TestUsers.PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long orgKey = random.nextLong(FIRST_KEY, LAST_KEY + 1);
        long adminKey = random.nextLong(FIRST_KEY, LAST_KEY + 1);
        long managerKey = random.nextLong(FIRST_KEY, LAST_KEY + 1);
        String orgId = ID_PREFIX + suffix;
        TestUser admin = new TestUser(adminKey, "st-orgadmin-" + suffix, TestUsers.PASSWORD);
        TestUser manager = new TestUser(managerKey, "st-orgsm-" + suffix, TestUsers.PASSWORD);
        TestDatabase.inTransaction(c -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s =
                    c.prepareStatement("insert into organization (org_key, org_id, name, email, locale,"
                            + " created_at, version) values (?, ?, ?, ?, 'en', ?, 0)")) {
                s.setLong(1, orgKey);
                s.setString(2, orgId);
                s.setString(3, "System test organization " + suffix);
                s.setString(4, adminEmail);
                s.setObject(5, now);
                s.executeUpdate();
            }
            insertUser(c, orgKey, adminKey, admin.userId(), adminEmail, hash, now, "ORGANIZATION_ADMIN");
            insertUser(
                    c,
                    orgKey,
                    managerKey,
                    manager.userId(),
                    manager.userId() + "@system-test.invalid",
                    hash,
                    now,
                    "SUBSCRIPTION_MANAGER");
            return null;
        });
        return new TestOrganization(orgKey, orgId, admin, adminEmail, manager);
    }

    /** Adds {@code count} active subscription managers {@code <prefix>-000 ...} (for paging and sorting). */
    public static List<String> addUsers(TestOrganization org, String prefix, int count) {
        String hash = PasswordHash.hash(TestUsers.PASSWORD);
        List<String> ids = new ArrayList<>();
        TestDatabase.inTransaction(c -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < count; i++) {
                String userId = String.format("%s-%03d", prefix, i);
                long key = ThreadLocalRandom.current().nextLong(FIRST_KEY, LAST_KEY + 1);
                insertUser(
                        c,
                        org.orgKey(),
                        key,
                        userId,
                        userId + "@system-test.invalid",
                        hash,
                        now,
                        "SUBSCRIPTION_MANAGER");
                ids.add(userId);
            }
            return null;
        });
        return ids;
    }

    /** Whether a user with this user id exists (anywhere). */
    public static boolean userExists(String userId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from platform_user where user_id = ?")) {
                s.setString(1, userId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** The number of users of the organization. */
    public static long userCount(TestOrganization org) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from platform_user where org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    public static StoredImport storedImport(String importId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select status, total_rows, imported_users, rejected_rows,"
                    + " started_at, finished_at from user_import where import_id = ?")) {
                s.setString(1, importId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no import " + importId);
                    }
                    return new StoredImport(
                            r.getString(1),
                            r.getInt(2),
                            r.getInt(3),
                            r.getInt(4),
                            instant(r.getTimestamp(5)),
                            instant(r.getTimestamp(6)));
                }
            }
        });
    }

    /** Deletes the organization with all its users and imports; null is ignored. */
    public static void delete(TestOrganization org) {
        if (org != null) {
            TestDatabase.inTransaction(c -> {
                delete(c, org.orgKey());
                return null;
            });
        }
    }

    private static void insertUser(
            Connection c,
            long orgKey,
            long key,
            String userId,
            String email,
            String hash,
            LocalDateTime now,
            String role)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("insert into platform_user (user_key, user_id, org_key, email, first_name,"
                        + " last_name, salutation, locale, password_hash, failed_login_count, status, password_change_required,"
                        + " password_changed_at, last_login_at, created_at, version)"
                        + " values (?, ?, ?, ?, 'System', 'Test', null, 'en', ?, 0, 'ACTIVE', false, ?, ?, ?, 0)")) {
            s.setLong(1, key);
            s.setString(2, userId);
            s.setLong(3, orgKey);
            s.setString(4, email);
            s.setString(5, hash);
            s.setObject(6, now);
            s.setObject(7, now); // "has logged in": the unconfirmed-organization timer leaves the organization alone
            s.setObject(8, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into user_role (user_key, role_name) values (?, ?)")) {
            s.setLong(1, key);
            s.setString(2, role);
            s.executeUpdate();
        }
    }

    private static void delete(Connection c, long orgKey) throws SQLException {
        if (orgKey < FIRST_KEY) {
            throw new IllegalArgumentException("organization " + orgKey + " is not a fixture");
        }
        String users = "(select user_key from platform_user where org_key = ?)";
        for (String sql : List.of(
                "delete from api_token where user_key in " + users,
                "delete from password_recovery where user_key in " + users,
                "delete from user_role where user_key in " + users,
                "delete from platform_user where org_key = ?",
                "delete from user_import_rejection where import_id in (select import_id from user_import where org_key = ?)",
                "delete from user_import where org_key = ?",
                "delete from organization_role where org_key = ?",
                "delete from organization where org_key = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, orgKey);
                s.executeUpdate();
            }
        }
    }

    private static Instant instant(Timestamp t) {
        // the server stores UTC instants in timestamp columns
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
