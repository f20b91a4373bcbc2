package org.bss.benchmark.rest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.identity.PasswordHash;

/**
 * The organization the benchmark measures, written into the server's database as the system tests' fixtures are
 * (docs/testing.md): {@code st-org-bench<random>} with one ORGANIZATION_ADMIN, keys from 60,000,000 up; removed
 * with all its users afterwards (and, if a run is killed, by the system tests' leftover clean-up after a day).
 */
final class BenchOrganization implements AutoCloseable {

    static final String PASSWORD = "Bench-users-pw-42";

    final String url;
    final String dbUser;
    final String dbPassword;
    final long orgKey;
    final String orgId;
    final String adminId;

    private BenchOrganization(String url, String dbUser, String dbPassword) {
        this.url = url;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.orgKey = ThreadLocalRandom.current().nextLong(60_000_000L, 1_000_000_000L);
        this.orgId = "st-org-bench" + suffix;
        this.adminId = "st-bench-" + suffix;
    }

    static BenchOrganization create(String url, String dbUser, String dbPassword) throws SQLException {
        BenchOrganization org = new BenchOrganization(url, dbUser, dbPassword);
        long adminKey = ThreadLocalRandom.current().nextLong(60_000_000L, 1_000_000_000L);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = org.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s =
                    c.prepareStatement("insert into organization (org_key, org_id, name, email, locale,"
                            + " created_at, version) values (?, ?, ?, null, 'en', ?, 0)")) {
                s.setLong(1, org.orgKey);
                s.setString(2, org.orgId);
                s.setString(3, "Benchmark " + org.orgId);
                s.setObject(4, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into platform_user (user_key, user_id, org_key, email,"
                            + " first_name, last_name, salutation, locale, password_hash, failed_login_count, status,"
                            + " password_change_required, password_changed_at, last_login_at, created_at, version)"
                            + " values (?, ?, ?, null, 'Bench', 'Admin', null, 'en', ?, 0, 'ACTIVE', false, ?, ?, ?, 0)")) {
                s.setLong(1, adminKey);
                s.setString(2, org.adminId);
                s.setLong(3, org.orgKey);
                s.setString(4, PasswordHash.hash(PASSWORD));
                s.setObject(5, now);
                s.setObject(6, now);
                s.setObject(7, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into user_role (user_key, role_name) values (?, 'ORGANIZATION_ADMIN')")) {
                s.setLong(1, adminKey);
                s.executeUpdate();
            }
            c.commit();
        }
        return org;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, dbUser, dbPassword);
    }

    /** Deletes the organization with every user and import in it. */
    @Override
    public void close() throws SQLException {
        String usersOfOrg = " where user_key in (select user_key from platform_user where org_key = ?)";
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "delete from api_token" + usersOfOrg,
                    "delete from password_recovery" + usersOfOrg,
                    "delete from user_role" + usersOfOrg,
                    "delete from platform_user where org_key = ?",
                    "delete from user_import where org_key = ?",
                    "delete from organization_role where org_key = ?",
                    "delete from organization where org_key = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, orgKey);
                    s.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
