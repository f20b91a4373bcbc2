package org.bss.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bss.common.persistence.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A BSS schema built by the application's own Flyway migrations (as the server builds it at deployment), in H2's
 * PostgreSQL mode like the domain's database, with the bootstrap operator {@code administrator} (key 1000).
 */
final class TestSchema {

    /** A user's row as the login and the recovery see it. */
    record Row(String status, int failedLogins, boolean mustChange, String passwordHash, long version) {}

    /** An audit_log row. */
    record Audit(int operationId, String operationName, String userId, String orgId, String orgName, String pairs) {}

    /** Flyway logs each migration through java.util.logging: kept (strongly referenced) at WARNING for the tests. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private TestSchema() {}

    static JdbcDataSource migrated(String url) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("bss");
        ds.setPassword("bss");
        DatabaseMigration.migrate(ds, TestSchema.class.getClassLoader());
        return ds;
    }

    static void set(Connection c, String userId, String status, int failedLogins) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("update platform_user set status = ?, failed_login_count = ? where user_id = ?")) {
            s.setString(1, status);
            s.setInt(2, failedLogins);
            s.setString(3, userId);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + userId);
            }
        }
    }

    /** A second user of the operator organization, optionally LDAP-managed. */
    static void addUser(Connection c, long key, String userId, boolean ldap) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("insert into platform_user (user_key, user_id, org_key, email, locale,"
                        + " password_hash, failed_login_count, status, password_change_required, created_at, version, ldap_managed)"
                        + " values (?, ?, 1000, ?, 'en', ?, 0, 'ACTIVE', false, current_timestamp, 0, ?)")) {
            s.setLong(1, key);
            s.setString(2, userId);
            s.setString(3, userId + "@example.org");
            s.setString(4, ldap ? null : "pbkdf2-sha256$1000$AAAA$AAAA");
            s.setBoolean(5, ldap);
            s.executeUpdate();
        }
    }

    static Row row(Connection c, String userId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select status, failed_login_count, password_change_required, password_hash,"
                        + " version from platform_user where user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no user " + userId);
                }
                return new Row(r.getString(1), r.getInt(2), r.getBoolean(3), r.getString(4), r.getLong(5));
            }
        }
    }

    /** An active REST token pair of the user, as the server stores it (api_token). */
    static void addTokenPair(Connection c, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into api_token (user_key, family_id, access_jti,"
                + " access_expires_at, refresh_jti, refresh_expires_at, issued_at, version)"
                + " select user_key, 'family', 'access', current_timestamp, 'refresh', current_timestamp,"
                + " current_timestamp, 0 from platform_user where user_id = ?")) {
            s.setString(1, userId);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + userId);
            }
        }
    }

    /** The users (by user id) that have an active REST token pair. */
    static List<String> tokenHolders(Connection c) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select u.user_id from api_token t join platform_user u"
                        + " on u.user_key = t.user_key order by u.user_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                holders.add(r.getString(1));
            }
        }
        return holders;
    }

    static List<Audit> audit(Connection c) throws SQLException {
        List<Audit> entries = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement("select operation_id, operation_name, user_id, org_id, org_name, pairs"
                                + " from audit_log order by id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.add(new Audit(
                        r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
            }
        }
        return entries;
    }
}
