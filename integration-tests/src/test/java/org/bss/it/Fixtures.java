package org.bss.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.bss.identity.PasswordHash;

/**
 * Test data written straight into BSSDS, so each test owns its users and leaves the shared
 * administrator alone. Runs inside the server (the test WAR), on the same database as BSS.
 */
public final class Fixtures {

    public static final long OPERATOR_ORG_KEY = 1000L;

    private final DataSource dataSource;

    public Fixtures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates an active user in the operator organization and returns its user key. */
    public long createUser(String userId, String password, String... roles) throws SQLException {
        long key = 50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("insert into platform_user (user_key, user_id, org_key, locale, password_hash,"
                            + " failed_login_count, status, password_change_required, created_at, version)"
                            + " values (?, ?, ?, 'en', ?, 0, 'ACTIVE', false, current_timestamp, 0)")) {
                s.setLong(1, key);
                s.setString(2, userId);
                s.setLong(3, OPERATOR_ORG_KEY);
                s.setString(4, PasswordHash.hash(password));
                s.executeUpdate();
            }
            for (String role : roles) {
                try (PreparedStatement s =
                        c.prepareStatement("insert into user_role (user_key, role_name) values (?, ?)")) {
                    s.setLong(1, key);
                    s.setString(2, role);
                    s.executeUpdate();
                }
            }
        }
        return key;
    }

    /** Creates a customer organization (no roles) created now, with one administrator who never logged in. */
    public long createUnconfirmedOrganization(String orgId, String adminUserId) throws SQLException {
        long orgKey = 50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        long userKey = 50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        update(
                "insert into organization (org_key, org_id, name, locale, created_at, version) values (?, ?, ?, 'en', ?, 0)",
                orgKey,
                orgId,
                orgId,
                now);
        update(
                "insert into platform_user (user_key, user_id, org_key, locale, password_hash, failed_login_count, status,"
                        + " password_change_required, created_at, version) values (?, ?, ?, 'en', ?, 0, 'ACTIVE', true, ?, 0)",
                userKey,
                adminUserId,
                orgKey,
                PasswordHash.hash("Initial#1"),
                now);
        update("insert into user_role (user_key, role_name) values (?, 'ORGANIZATION_ADMIN')", userKey);
        return orgKey;
    }

    public boolean organizationExists(long orgKey) throws SQLException {
        return !"0".equals(queryString("select count(*) from organization where org_key = ?", orgKey));
    }

    /** Removes an organization and its users, if a test left them behind. */
    public void deleteOrganization(long orgKey) throws SQLException {
        update(
                "delete from user_role where user_key in (select user_key from platform_user where org_key = ?)",
                orgKey);
        update("delete from platform_user where org_key = ?", orgKey);
        update("delete from organization where org_key = ?", orgKey);
    }

    public void deleteUser(long userKey) throws SQLException {
        update("delete from api_token where user_key = ?", userKey);
        update("delete from user_role where user_key = ?", userKey);
        update("delete from platform_user where user_key = ?", userKey);
    }

    public String userStatus(long userKey) throws SQLException {
        return queryString("select status from platform_user where user_key = ?", userKey);
    }

    public int failedLogins(long userKey) throws SQLException {
        return Integer.parseInt(
                queryString("select failed_login_count from platform_user where user_key = ?", userKey));
    }

    public String queryString(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
