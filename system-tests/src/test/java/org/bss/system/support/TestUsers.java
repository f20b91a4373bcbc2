package org.bss.system.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.identity.PasswordHash;

/**
 * Users for system tests, written straight into the server's database ({@link TestDatabase}): BSS has no API
 * to create, lock or delete users, and the bootstrap operator {@code administrator} (user key 1000) must never
 * be changed by a test. Each test class creates its own users and deletes them afterwards:
 * <pre>{@code
 *   static TestUser operator;
 *   @BeforeAll static void users() { operator = TestUsers.operator(); }
 *   @AfterAll  static void cleanUp() { TestUsers.delete(operator); }
 * }</pre>
 * Users belong to the operator organization (1000), have locale en, a random user id {@code st-<kind>-<random>}
 * and a random user key from 60,000,000 up (far above the key sequence, which starts at 10,000), and the
 * password {@link #PASSWORD} (PBKDF2 hash as the server stores it). The server reads users from the database on
 * every login (no entity cache), so a fixture is usable as soon as the factory method returns.
 */
public final class TestUsers {

    /** The password of every fixture user (it satisfies the portal's password policy). */
    public static final String PASSWORD = "System-Test-pw-42";

    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    public static final String ORGANIZATION_ADMIN = "ORGANIZATION_ADMIN";
    /** The bootstrap operator; tests may read its state, never change it. */
    public static final long ADMINISTRATOR_KEY = 1000;

    static final long OPERATOR_ORG = 1000;
    public static final long FIRST_KEY = 60_000_000L;
    public static final long LAST_KEY = 999_999_999L;
    static final String ID_PREFIX = "st-";
    private static final Leftovers LEFTOVERS =
            new Leftovers("platform_user", "user_key", "user_id", FIRST_KEY, ID_PREFIX, TestUsers::delete);

    private TestUsers() {}

    /** A fixture user; {@link #key()} is the login name of SOAP and the CLI, {@link #userId()} that of REST and the portal. */
    public record TestUser(long userKey, String userId, String password) {
        public String key() {
            return Long.toString(userKey);
        }
    }

    /** What the server stored for a user (to check the effect of logins). */
    public record Stored(
            String userId, String status, int failedLoginCount, boolean passwordChangeRequired, String passwordHash) {
        public boolean locked() {
            return "LOCKED".equals(status);
        }
    }

    /** A platform operator (roles PLATFORM_OPERATOR and ORGANIZATION_ADMIN), active, password already changed. */
    public static TestUser operator() {
        return create("op", false, "ACTIVE", PLATFORM_OPERATOR, ORGANIZATION_ADMIN);
    }

    /** An active user without the operator role (ORGANIZATION_ADMIN only). */
    public static TestUser plainUser() {
        return create("user", false, "ACTIVE", ORGANIZATION_ADMIN);
    }

    /** An operator that must change its (initial) password at the next login, like administrator after setup. */
    public static TestUser mustChangePassword() {
        return create("new", true, "ACTIVE", PLATFORM_OPERATOR, ORGANIZATION_ADMIN);
    }

    /** An operator whose account is locked (as after MAX_NUMBER_LOGIN_ATTEMPTS failures); its password is right. */
    public static TestUser locked() {
        return create("locked", false, "LOCKED", PLATFORM_OPERATOR, ORGANIZATION_ADMIN);
    }

    /** Deletes the users (tokens, roles, user); null entries and users already gone are ignored. */
    public static void delete(TestUser... users) {
        TestDatabase.inTransaction(c -> {
            for (TestUser user : users) {
                if (user != null) {
                    delete(c, user.userKey());
                }
            }
            return null;
        });
    }

    /** The stored state of a fixture user. */
    public static Stored stored(TestUser user) {
        return stored(user.userKey());
    }

    /** The stored state of any user, e.g. {@link #ADMINISTRATOR_KEY}; fails when there is none. */
    public static Stored stored(long userKey) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select user_id, status, failed_login_count, password_change_required,"
                            + " password_hash from platform_user where user_key = ?")) {
                s.setLong(1, userKey);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no user with key " + userKey);
                    }
                    return new Stored(r.getString(1), r.getString(2), r.getInt(3), r.getBoolean(4), r.getString(5));
                }
            }
        });
    }

    static TestUser create(String kind, boolean mustChange, String status, String... roles) {
        LEFTOVERS.removeOnce();
        String hash = PasswordHash.hash(PASSWORD);
        for (int attempt = 1; ; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long key = random.nextLong(FIRST_KEY, LAST_KEY + 1);
            String userId =
                    ID_PREFIX + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
            try {
                TestDatabase.with(c -> {
                    c.setAutoCommit(false);
                    try {
                        insert(c, key, userId, hash, mustChange, status, roles);
                        c.commit();
                        return null;
                    } catch (SQLException e) {
                        c.rollback();
                        throw e;
                    }
                });
                return new TestUser(key, userId, PASSWORD);
            } catch (IllegalStateException e) {
                boolean duplicate = e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
                if (!duplicate || attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private static void insert(
            Connection c, long key, String userId, String hash, boolean mustChange, String status, String... roles)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC); // the server stores UTC instants
        try (PreparedStatement s =
                c.prepareStatement("insert into platform_user (user_key, user_id, org_key, email, first_name,"
                        + " last_name, salutation, locale, password_hash, failed_login_count, status, password_change_required,"
                        + " password_changed_at, last_login_at, created_at, version)"
                        + " values (?, ?, ?, ?, 'System', 'Test', null, 'en', ?, ?, ?, ?, ?, null, ?, 0)")) {
            s.setLong(1, key);
            s.setString(2, userId);
            s.setLong(3, OPERATOR_ORG);
            s.setString(4, userId + "@system-test.invalid");
            s.setString(5, hash);
            s.setInt(6, "LOCKED".equals(status) ? 3 : 0);
            s.setString(7, status);
            s.setBoolean(8, mustChange);
            s.setObject(9, mustChange ? null : now);
            s.setObject(10, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into user_role (user_key, role_name) values (?, ?)")) {
            for (String role : roles) {
                s.setLong(1, key);
                s.setString(2, role);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void delete(Connection c, long key) throws SQLException {
        if (key == ADMINISTRATOR_KEY) {
            throw new IllegalArgumentException("the bootstrap operator is not a fixture");
        }
        for (String table : List.of("api_token", "user_role", "platform_user")) {
            try (PreparedStatement s = c.prepareStatement("delete from " + table + " where user_key = ?")) {
                s.setLong(1, key);
                s.executeUpdate();
            }
        }
    }
}
