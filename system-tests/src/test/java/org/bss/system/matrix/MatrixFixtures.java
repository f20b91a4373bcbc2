package org.bss.system.matrix;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bss.identity.PasswordHash;
import org.bss.system.support.CatalogRows;
import org.bss.system.support.CustomerRows;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestUsers;

/**
 * Organizations and users of the authorization matrix, written straight into the server's database like
 * {@link TestUsers} (BSS offers no API to make a user of a given role without going through the rules under test).
 * Every id and organization name of one run starts with the run's tag {@code st-mx-<8 hex>}, so {@link #cleanUp()}
 * finds also what the tests created through the APIs (users, imported users, organizations) and removes it.
 * Keys are random from 60,000,000 up, like TestUsers; passwords are {@link TestUsers#PASSWORD}, already changed.
 */
public final class MatrixFixtures {

    static final long FIRST_KEY = 60_000_000L;
    static final long LAST_KEY = 999_999_999L;
    private static final String HASH = PasswordHash.hash(TestUsers.PASSWORD);

    /** An organization of the run. */
    public record Org(long key, String orgId) {}

    /** A user of the run: {@link #login()} for SOAP (the user key), {@link #userId()} for REST. */
    public record Member(long key, String userId, String password) {
        public String login() {
            return Long.toString(key);
        }
    }

    /** A technical service of the run: its key and id. */
    public record TechService(long key, String id) {}

    public record Marketplace(long key, String marketplaceId) {}

    /** Two inactive services of one organization on one technical service: one may become the other's option. */
    public record ServicePair(long service, long option) {}

    /** What the server stored for a user (null fields when there is no such user). */
    public record StoredUser(
            String orgId, String status, String firstName, boolean passwordChangeRequired, Set<String> roles) {}

    /** What the server stored for an organization. */
    public record StoredOrg(
            String orgId, String name, String distinguishedName, String paymentTypes, Set<String> roles) {}

    private final String tag = "st-mx-" + UUID.randomUUID().toString().substring(0, 8);

    /** The run's prefix of ids and names. */
    public String tag() {
        return tag;
    }

    /** A fresh id or name of the run: {@code <tag>-<what>-<6 hex>}. */
    public String fresh(String what) {
        return tag + "-" + what + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** An organization with the given roles (SUPPLIER gets a revenue share, no role a marketplace id, as ORG-3 wants). */
    public Org organization(String what, String... roles) {
        String orgId = fresh(what);
        long key = insert(c -> {
            long k = randomKey();
            try (PreparedStatement s = c.prepareStatement(
                    "insert into organization (org_key, org_id, name, email, locale,"
                            + " created_at, version, operator_revenue_share, marketplace_id) values (?, ?, ?, ?, 'en', ?, 0, ?, ?)")) {
                s.setLong(1, k);
                s.setString(2, orgId);
                s.setString(3, orgId);
                s.setString(4, orgId + "@system-test.invalid");
                s.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
                s.setBigDecimal(6, List.of(roles).contains("SUPPLIER") ? new BigDecimal("10.00") : null);
                s.setString(7, roles.length == 0 ? "st-mx-marketplace" : null);
                s.executeUpdate();
            }
            batch(c, "insert into organization_role (org_key, role_name) values (?, ?)", k, roles);
            return k;
        });
        return new Org(key, orgId);
    }

    /** An active user (status ACTIVE or LOCKED) of an organization, password already changed. */
    public Member user(Org org, String what, String status, String... roles) {
        String userId = fresh(what);
        long key = insert(c -> {
            long k = randomKey();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s =
                    c.prepareStatement("insert into platform_user (user_key, user_id, org_key, email,"
                            + " first_name, last_name, salutation, locale, password_hash, failed_login_count, status,"
                            + " password_change_required, password_changed_at, last_login_at, created_at, version)"
                            + " values (?, ?, ?, ?, 'Matrix', 'Test', null, 'en', ?, 0, ?, false, ?, null, ?, 0)")) {
                s.setLong(1, k);
                s.setString(2, userId);
                s.setLong(3, org.key());
                s.setString(4, userId + "@system-test.invalid");
                s.setString(5, HASH);
                s.setString(6, status);
                s.setObject(7, now);
                s.setObject(8, now);
                s.executeUpdate();
            }
            batch(c, "insert into user_role (user_key, role_name) values (?, ?)", k, roles);
            return k;
        });
        return new Member(key, userId, TestUsers.PASSWORD);
    }

    /**
     * A technical service of the organization (version 0), stored as the server stores one (ADR 0010: the definition
     * as a technical-services file of one service), with BSS's own health URL as provisioning URL.
     */
    public TechService technicalService(Org org, String what) {
        String id = fresh(what);
        long key = insert(c -> {
            long k = randomKey();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into technical_service (ts_key, org_key, ts_id,"
                            + " access_type, definition, version, created_at, updated_at) values (?, ?, ?, 'USER', ?, 0, ?, ?)")) {
                s.setLong(1, k);
                s.setLong(2, org.key());
                s.setString(3, id);
                s.setString(4, technicalServicesFile(id, RestCall.API + "/health"));
                s.setObject(5, now);
                s.setObject(6, now);
                s.executeUpdate();
            }
            return k;
        });
        return new TechService(key, id);
    }

    /** Two inactive services of the organization on a technical service of its own, stored as the server does. */
    public ServicePair servicePair(Org org) {
        TechService technical = technicalService(org, "ts");
        return new ServicePair(service(org, technical), service(org, technical));
    }

    private long service(Org org, TechService technical) {
        String id = fresh("svc");
        return insert(c -> {
            long k = randomKey();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement("insert into service (service_key, org_key, ts_key,"
                    + " service_id, status, auto_assign_user, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, 'INACTIVE', false, 0, ?, ?)")) {
                s.setLong(1, k);
                s.setLong(2, org.key());
                s.setLong(3, technical.key());
                s.setString(4, id);
                s.setObject(5, now);
                s.setObject(6, now);
                s.executeUpdate();
            }
            return k;
        });
    }

    /** Whether a subscription of the service may move to the option. */
    public static boolean upgradePathExists(ServicePair pair) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select count(*) from upgrade_path where service_key = ? and target_key = ?")) {
                s.setLong(1, pair.service());
                s.setLong(2, pair.option());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** A restricted marketplace owned by the organization, stored as the server stores one (no supplier rows). */
    public Marketplace marketplace(Org owner, String what) {
        String id = fresh(what);
        long key = insert(c -> {
            long k = randomKey();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement("insert into marketplace (marketplace_key, marketplace_id,"
                    + " name, org_key, is_open, tagging_enabled, review_enabled, categories_enabled,"
                    + " marketplace_revenue_share, reseller_revenue_share, broker_revenue_share, version, created_at,"
                    + " updated_at) values (?, ?, ?, ?, false, true, true, true, 0, 0, 0, 0, ?, ?)")) {
                s.setLong(1, k);
                s.setString(2, id);
                s.setString(3, id);
                s.setLong(4, owner.key());
                s.setObject(5, now);
                s.setObject(6, now);
                s.executeUpdate();
            }
            return k;
        });
        return new Marketplace(key, id);
    }

    /** Whether the organization is granted on the marketplace. */
    public static boolean supplierGranted(long marketplaceKey, long orgKey) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from marketplace_supplier where"
                    + " marketplace_key = ? and org_key = ? and publishing_access = 'GRANTED'")) {
                s.setLong(1, marketplaceKey);
                s.setLong(2, orgKey);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** The branding URL the server stored for a marketplace (null: none). */
    public static String brandingUrl(long marketplaceKey) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select branding_url from marketplace where marketplace_key = ?")) {
                s.setLong(1, marketplaceKey);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Whether the marketplace has a category of that id. */
    public static boolean categoryExists(String marketplaceId, String categoryId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from category c join marketplace m on"
                    + " m.marketplace_key = c.marketplace_key where m.marketplace_id = ? and c.category_id = ?")) {
                s.setString(1, marketplaceId);
                s.setString(2, categoryId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** A technical-services file (format 1.9) of one USER service; {@code provisioningUrl} may be null. */
    public static String technicalServicesFile(String id, String provisioningUrl) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                + "<tns:TechnicalService id=\"" + id + "\" accessType=\"USER\""
                + (provisioningUrl == null ? "" : " provisioningUrl=\"" + provisioningUrl + "\"") + "/>"
                + "</tns:TechnicalServices>";
    }

    /** Whether any organization has a technical service of this id. */
    public static boolean technicalServiceExists(String id) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from technical_service where ts_id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** The stored user, or null. */
    public static StoredUser storedUser(String userId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select o.org_id, u.status, u.first_name, u.password_change_required,"
                            + " u.user_key from platform_user u join organization o on o.org_key = u.org_key where u.user_id = ?")) {
                s.setString(1, userId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    return new StoredUser(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getBoolean(4),
                            strings(c, "select role_name from user_role where user_key = ?", r.getLong(5)));
                }
            }
        });
    }

    /** The stored organization with this id, or (when {@code byName}) with this name; null when there is none. */
    public static StoredOrg storedOrg(String idOrName, boolean byName) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select org_id, name, distinguished_name, payment_types, org_key"
                            + " from organization where " + (byName ? "name" : "org_id") + " = ?")) {
                s.setString(1, idOrName);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    return new StoredOrg(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            strings(c, "select role_name from organization_role where org_key = ?", r.getLong(5)));
                }
            }
        });
    }

    /**
     * Removes everything of the run: users whose id starts with the tag (in any organization), then organizations
     * whose id or name starts with it, with all their users (API-created administrators included) and technical
     * services.
     */
    public void cleanUp() {
        TestDatabase.inTransaction(c -> {
            List<Long> orgs = longs(
                    c, "select org_key from organization where org_id like ? or name like ?", tag + "-%", tag + "-%");
            List<Long> users = longs(c, "select user_key from platform_user where user_id like ?", tag + "-%");
            for (long org : orgs) {
                users.addAll(longs(c, "select user_key from platform_user where org_key = ?", org));
            }
            for (long user : new TreeSet<>(users)) {
                for (String table : List.of("api_token", "password_recovery", "user_role", "platform_user")) {
                    update(c, "delete from " + table + " where user_key = ?", user);
                }
            }
            for (long org : orgs) {
                String theirs = "(select marketplace_key from marketplace where org_key = ?)";
                update(c, "delete from marketplace_supplier where org_key = ? or marketplace_key in " + theirs, org);
                update(c, "delete from service_publication where marketplace_key in " + theirs, org);
                update(c, "delete from marketplace where org_key = ?", org); // its categories go along
            }
            for (long org : orgs) {
                CatalogRows.delete(c, org);
                CustomerRows.delete(c, org);
                update(
                        c,
                        "delete from marketplace_supplier where marketplace_key in"
                                + " (select marketplace_key from marketplace where org_key = ?)",
                        org);
                update(c, "delete from marketplace where org_key = ?", org);
                for (String table : List.of("user_import", "organization_role", "organization")) {
                    update(c, "delete from " + table + " where org_key = ?", org);
                }
            }
            return null;
        });
    }

    private static long randomKey() {
        return ThreadLocalRandom.current().nextLong(FIRST_KEY, LAST_KEY + 1);
    }

    /** Runs an insert, retrying with another random key when one is taken. */
    private static long insert(TestDatabase.Work<Long> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return TestDatabase.inTransaction(work);
            } catch (IllegalStateException e) {
                boolean duplicate = e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
                if (!duplicate || attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private static void batch(Connection c, String sql, long key, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String value : values) {
                s.setLong(1, key);
                s.setString(2, value);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Runs a statement whose every parameter is {@code key}. */
    private static void update(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                s.setLong(i, key);
            }
            s.executeUpdate();
        }
    }

    private static Set<String> strings(Connection c, String sql, long key) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    private static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
        }
        return values;
    }
}
