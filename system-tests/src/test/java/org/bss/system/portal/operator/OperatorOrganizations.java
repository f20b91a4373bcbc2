package org.bss.system.portal.operator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bss.system.support.TestDatabase;

/**
 * Organizations for the operator-page tests, in the server's database (like {@code TestUsers}): customer
 * organizations written straight into it to fill the list ({@link #insertListed}), read-back of what the portal
 * stored ({@link #stored}), and removal of every organization a test made, through the portal or here, with all
 * its users ({@link #delete}). Inserted ones have ids {@code st-oporg-<random>} and random keys from 80,000,000 up;
 * administrators the tests register through the portal have user ids starting {@link #ADMIN_PREFIX}. Leftovers
 * of a killed run older than a day are removed at the first call.
 */
public final class OperatorOrganizations {

    public static final String ID_PREFIX = "st-oporg-";
    /** Prefix of the user ids of administrators registered through the portal by these tests. */
    public static final String ADMIN_PREFIX = "st-orgadm-";

    static final long FIRST_KEY = 80_000_000L;
    static final long LAST_KEY = 999_999_999L;
    private static final AtomicBoolean LEFTOVERS_REMOVED = new AtomicBoolean();

    private OperatorOrganizations() {}

    /** What the server stored for an organization. */
    public record Stored(
            String orgId,
            String name,
            String email,
            String phone,
            String url,
            String description,
            String domicile,
            String locale,
            SortedSet<String> roles,
            String marketplaceId,
            java.math.BigDecimal operatorRevenueShare,
            String distinguishedName,
            String paymentTypes,
            long version,
            List<String> userIds) {}

    /** A random suffix for names and ids of one test run. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Inserts {@code count} customer organizations named {@code namePrefix + "-01"} .. (domicile DE, marketplace
     * st-mp); returns their ids in name order.
     */
    public static List<String> insertListed(String namePrefix, int count) {
        removeLeftovers();
        return TestDatabase.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into organization (org_key, org_id, name, email, locale,"
                            + " created_at, version, domicile, marketplace_id) values (?, ?, ?, ?, 'en', ?, 0, 'DE', 'st-mp')")) {
                for (int i = 1; i <= count; i++) {
                    String id = ID_PREFIX + suffix();
                    s.setLong(1, ThreadLocalRandom.current().nextLong(FIRST_KEY, LAST_KEY + 1));
                    s.setString(2, id);
                    s.setString(3, String.format("%s-%02d", namePrefix, i));
                    s.setString(4, id + "@system-test.invalid");
                    s.setObject(5, now.minusSeconds(count - i));
                    s.executeUpdate();
                    ids.add(id);
                }
            }
            return ids;
        });
    }

    /** The stored organization, or null when there is none. */
    public static Stored stored(String orgId) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("select org_key, name, email, phone, url, description, domicile, locale,"
                            + " marketplace_id, operator_revenue_share, distinguished_name, payment_types, version"
                            + " from organization where org_id = ?")) {
                s.setString(1, orgId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    long key = r.getLong(1);
                    return new Stored(
                            orgId,
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8),
                            strings(c, "select role_name from organization_role where org_key = ?", key),
                            r.getString(9),
                            r.getBigDecimal(10),
                            r.getString(11),
                            r.getString(12),
                            r.getLong(13),
                            new ArrayList<>(strings(c, "select user_id from platform_user where org_key = ?", key)));
                }
            }
        });
    }

    /** Whether a user with this id exists (in any organization). */
    public static boolean userExists(String userId) {
        return TestDatabase.with(c -> !strings(c, "select user_id from platform_user where user_id = ?", userId)
                .isEmpty());
    }

    /** Roles of a stored user. */
    public static SortedSet<String> userRoles(String userId) {
        return TestDatabase.with(c -> strings(
                c,
                "select r.role_name from user_role r join platform_user u"
                        + " on u.user_key = r.user_key where u.user_id = ?",
                userId));
    }

    /** Deletes the organizations with all their users (roles, tokens etc. cascade); unknown ids are ignored. */
    public static void delete(Collection<String> orgIds) {
        TestDatabase.inTransaction(c -> {
            for (String orgId : orgIds) {
                deleteOrganization(c, orgId);
            }
            return null;
        });
    }

    private static void deleteOrganization(Connection c, String orgId) throws SQLException {
        if (orgId == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "delete from platform_user where org_key in (select org_key from organization where org_id = ?)")) {
            s.setString(1, orgId);
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("delete from organization where org_id = ? and org_key <> 1000")) {
            s.setString(1, orgId);
            s.executeUpdate();
        }
    }

    private static SortedSet<String> strings(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, key);
            return collect(s);
        }
    }

    private static SortedSet<String> strings(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            return collect(s);
        }
    }

    private static SortedSet<String> collect(PreparedStatement s) throws SQLException {
        TreeSet<String> result = new TreeSet<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(r.getString(1));
            }
        }
        return result;
    }

    /** Once per run: organizations of these tests older than a day that an aborted run left behind. */
    private static void removeLeftovers() {
        if (!LEFTOVERS_REMOVED.compareAndSet(false, true)) {
            return;
        }
        TestDatabase.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select distinct o.org_id from organization o"
                    + " left join platform_user u on u.org_key = o.org_key"
                    + " where o.created_at < ? and o.org_key <> 1000 and (o.org_id like ? or u.user_id like ?)")) {
                s.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
                s.setString(2, ID_PREFIX + "%");
                s.setString(3, ADMIN_PREFIX + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            for (String id : ids) {
                deleteOrganization(c, id);
            }
            return null;
        });
    }
}
