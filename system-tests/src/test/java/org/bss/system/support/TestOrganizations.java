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
import org.bss.system.support.TestUsers.TestUser;

/**
 * Organizations for system tests, written straight into the server's database like {@link TestUsers}: an
 * organization {@code st-org-<random>} with the given organization roles (none: a customer) and one active
 * ORGANIZATION_ADMIN ({@code st-orgadmin-<random>}, password {@link TestUsers#PASSWORD}, already logged in once so
 * that the unconfirmed-organization timer leaves the organization alone). {@link #delete} removes the organization
 * with every user in it, also users the test created through an API, its imports, services and marketplaces:
 * <pre>{@code
 *   static TestOrganization org;
 *   @BeforeAll static void orgs() { org = TestOrganizations.create(); }
 *   @AfterAll  static void cleanUp() { TestOrganizations.delete(org); }
 * }</pre>
 * Keys are random from 60,000,000 up (far above the key sequences), as for fixture users.
 */
public final class TestOrganizations {

    static final String ID_PREFIX = "st-org-";
    private static final Leftovers LEFTOVERS = new Leftovers(
            "organization", "org_key", "org_id", TestUsers.FIRST_KEY, ID_PREFIX, TestOrganizations::delete);

    private TestOrganizations() {}

    /** A fixture organization and its administrator; {@link #orgId()} is the id of the REST paths. */
    public record TestOrganization(long orgKey, String orgId, TestUser admin) {}

    /** An organization with these organization roles (e.g. SUPPLIER) and one administrator. */
    public static TestOrganization create(String... organizationRoles) {
        LEFTOVERS.removeOnce();
        for (int attempt = 1; ; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long orgKey = random.nextLong(TestUsers.FIRST_KEY, TestUsers.LAST_KEY + 1);
            long adminKey = random.nextLong(TestUsers.FIRST_KEY, TestUsers.LAST_KEY + 1);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String orgId = ID_PREFIX + suffix;
            String adminId = TestUsers.ID_PREFIX + "orgadmin-" + suffix;
            try {
                TestDatabase.inTransaction(c -> {
                    insertOrganization(c, orgKey, orgId, organizationRoles);
                    insertUser(c, orgKey, adminKey, adminId, TestUsers.ORGANIZATION_ADMIN);
                    return null;
                });
                return new TestOrganization(orgKey, orgId, new TestUser(adminKey, adminId, TestUsers.PASSWORD));
            } catch (IllegalStateException e) {
                boolean duplicate = e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
                if (!duplicate || attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** One more active user of the organization with these user roles (password {@link TestUsers#PASSWORD}). */
    public static TestUser addUser(TestOrganization org, String kind, String... userRoles) {
        long key = ThreadLocalRandom.current().nextLong(TestUsers.FIRST_KEY, TestUsers.LAST_KEY + 1);
        String userId =
                TestUsers.ID_PREFIX + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.inTransaction(c -> {
            insertUser(c, org.orgKey(), key, userId, userRoles);
            return null;
        });
        return new TestUser(key, userId, TestUsers.PASSWORD);
    }

    /** Deletes the organizations with all their users and imports; null entries and organizations already gone are ignored. */
    public static void delete(TestOrganization... orgs) {
        TestDatabase.inTransaction(c -> {
            for (TestOrganization org : orgs) {
                if (org != null) {
                    delete(c, org.orgKey());
                }
            }
            return null;
        });
    }

    /** An organization the server made (e.g. a registered customer), by its id, for {@link #delete}. */
    public static TestOrganization existing(String orgId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select org_key from organization where org_id = ?")) {
                s.setString(1, orgId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? new TestOrganization(r.getLong(1), orgId, null) : null;
                }
            }
        });
    }

    /** Makes payment types available to a seller, as the operator's addavailablepaymenttypes does. */
    public static void paymentTypes(TestOrganization org, String commaList) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("update organization set payment_types = ? where org_key = ?")) {
                s.setString(1, commaList);
                s.setLong(2, org.orgKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** How many users the organization has in the database. */
    public static int userCount(TestOrganization org) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from platform_user where org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private static void insertOrganization(Connection c, long orgKey, String orgId, String... roles)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into organization (org_key, org_id, name, email, locale,"
                + " created_at, version) values (?, ?, ?, ?, 'en', ?, 0)")) {
            s.setLong(1, orgKey);
            s.setString(2, orgId);
            s.setString(3, "System test " + orgId);
            s.setString(4, orgId + "@system-test.invalid");
            s.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into organization_role (org_key, role_name) values (?, ?)")) {
            for (String role : roles) {
                s.setLong(1, orgKey);
                s.setString(2, role);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertUser(Connection c, long orgKey, long key, String userId, String... roles)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC); // the server stores UTC instants
        try (PreparedStatement s =
                c.prepareStatement("insert into platform_user (user_key, user_id, org_key, email, first_name,"
                        + " last_name, salutation, locale, password_hash, failed_login_count, status, password_change_required,"
                        + " password_changed_at, last_login_at, created_at, version)"
                        + " values (?, ?, ?, ?, 'System', 'Test', null, 'en', ?, 0, 'ACTIVE', false, ?, ?, ?, 0)")) {
            s.setLong(1, key);
            s.setString(2, userId);
            s.setLong(3, orgKey);
            s.setString(4, userId + "@system-test.invalid");
            s.setString(5, PasswordHash.hash(TestUsers.PASSWORD));
            s.setObject(6, now);
            s.setObject(7, now);
            s.setObject(8, now);
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

    private static void delete(Connection c, long orgKey) throws SQLException {
        if (orgKey == TestUsers.OPERATOR_ORG) {
            throw new IllegalArgumentException("the operator organization is not a fixture");
        }
        CatalogRows.delete(c, orgKey);
        CustomerRows.delete(c, orgKey);
        String usersOfOrg = " where user_key in (select user_key from platform_user where org_key = ?)";
        for (String sql : List.of(
                "delete from api_token" + usersOfOrg,
                "delete from password_recovery" + usersOfOrg,
                "delete from user_role" + usersOfOrg,
                "delete from platform_user where org_key = ?",
                "delete from user_import where org_key = ?",
                "delete from service_publication where marketplace_key in"
                        + " (select marketplace_key from marketplace where org_key = ?)",
                "delete from marketplace_supplier where org_key = ?",
                "delete from marketplace_supplier where marketplace_key in"
                        + " (select marketplace_key from marketplace where org_key = ?)",
                "delete from marketplace where org_key = ?",
                "delete from organization_role where org_key = ?",
                "delete from organization where org_key = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, orgKey);
                s.executeUpdate();
            }
        }
    }
}
