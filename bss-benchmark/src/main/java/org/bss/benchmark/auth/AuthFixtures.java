package org.bss.benchmark.auth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.identity.PasswordHash;

/**
 * What {@link AuthBenchmark} measures with, written into the server's database the way the system tests' fixtures
 * are (docs/testing.md): one platform operator {@code st-bench-op-<random>} in the operator organization (never the
 * bootstrap operator 1000) with a full-cost (210,000 iterations) password hash, and {@value #ORGANIZATIONS}
 * organizations {@code st-org-bench-<random>-NN} with a role each, so that a page of 20 has rows with roles. Keys
 * from 60,000,000 up; everything is removed at the end (and, if a run is killed, by the system tests' leftover
 * clean-up after a day).
 */
public final class AuthFixtures implements AutoCloseable {

    public static final String PASSWORD = "Bench-auth-pw-42";
    static final int ORGANIZATIONS = 20;
    private static final long OPERATOR_ORG = 1000;
    private static final String[] ROLES = {"SUPPLIER", "RESELLER", "BROKER", "TECHNOLOGY_PROVIDER", "MARKETPLACE_OWNER"
    };

    public final long operatorKey;
    public final String operatorId;
    private final List<Long> orgKeys = new ArrayList<>();
    private final String url;
    private final String dbUser;
    private final String dbPassword;

    private AuthFixtures(String url, String dbUser, String dbPassword) {
        this.url = url;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.operatorKey = ThreadLocalRandom.current().nextLong(60_000_000L, 1_000_000_000L);
        this.operatorId = "st-bench-op-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static AuthFixtures create(String url, String dbUser, String dbPassword) throws SQLException {
        AuthFixtures f = new AuthFixtures(url, dbUser, dbPassword);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC); // the server stores UTC instants
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = f.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into platform_user (user_key, user_id, org_key, email,"
                            + " first_name, last_name, salutation, locale, password_hash, failed_login_count, status,"
                            + " password_change_required, password_changed_at, last_login_at, created_at, version)"
                            + " values (?, ?, ?, null, 'Bench', 'Operator', null, 'en', ?, 0, 'ACTIVE', false, ?, null, ?, 0)")) {
                s.setLong(1, f.operatorKey);
                s.setString(2, f.operatorId);
                s.setLong(3, OPERATOR_ORG);
                s.setString(4, PasswordHash.hash(PASSWORD));
                s.setObject(5, now);
                s.setObject(6, now);
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into user_role (user_key, role_name) values (?, ?)")) {
                for (String role : new String[] {"PLATFORM_OPERATOR", "ORGANIZATION_ADMIN"}) {
                    s.setLong(1, f.operatorKey);
                    s.setString(2, role);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement org =
                            c.prepareStatement("insert into organization (org_key, org_id, name, email, locale,"
                                    + " created_at, version) values (?, ?, ?, null, 'en', ?, 0)");
                    PreparedStatement role =
                            c.prepareStatement("insert into organization_role (org_key, role_name) values (?, ?)")) {
                for (int i = 0; i < ORGANIZATIONS; i++) {
                    long key = ThreadLocalRandom.current().nextLong(60_000_000L, 1_000_000_000L);
                    String orgId = String.format("st-org-bench-%s-%02d", suffix, i);
                    org.setLong(1, key);
                    org.setString(2, orgId);
                    org.setString(3, "Benchmark " + orgId);
                    org.setObject(4, now);
                    org.executeUpdate();
                    role.setLong(1, key);
                    role.setString(2, ROLES[i % ROLES.length]);
                    role.executeUpdate();
                    f.orgKeys.add(key);
                }
            }
            c.commit();
        }
        return f;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, dbUser, dbPassword);
    }

    /** Deletes the operator (with its token) and the organizations. */
    @Override
    public void close() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "delete from api_token where user_key = ?",
                    "delete from user_role where user_key = ?",
                    "delete from platform_user where user_key = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, operatorKey);
                    s.executeUpdate();
                }
            }
            for (long key : orgKeys) {
                for (String sql : List.of(
                        "delete from organization_role where org_key = ?",
                        "delete from organization where org_key = ?")) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setLong(1, key);
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }
}
