package org.bss.system.rest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bss.system.support.TestDatabase;

/**
 * Names and clean-up for the organizations the organization tests create through an API (SOAP, REST, CLI). BSS
 * has no operation that deletes an organization, so {@link #delete} removes them (with their users) straight from
 * the database after a test class; their audit entries stay, as audit entries always do. Names are unique per run.
 */
public final class OrganizationCleanup {

    private OrganizationCleanup() {}

    /** A unique user id for a first administrator: {@code st-orgadm-<8 hex>}. */
    public static String adminId() {
        return "st-orgadm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique suffix for organization names. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The org.properties of an organization, lines "key=value" joined as a UTF-8 properties text. */
    public static String properties(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Whether an organization with this id exists. */
    public static boolean exists(String orgId) {
        return count("select count(*) from organization where org_id = ?", orgId) > 0;
    }

    /** Whether a user with this user id exists. */
    public static boolean userExists(String userId) {
        return count("select count(*) from platform_user where user_id = ?", userId) > 0;
    }

    /** Deletes the organizations (by organization id) with their users; ids already gone are ignored. */
    public static void delete(Collection<String> orgIds) {
        TestDatabase.inTransaction(c -> {
            for (String orgId : orgIds) {
                if ("PLATFORM_OPERATOR".equals(orgId)) {
                    throw new IllegalArgumentException("the operator organization is not a test organization");
                }
                String org = "(select org_key from organization where org_id = ?)";
                String users = " where user_key in (select user_key from platform_user where org_key = " + org + ")";
                for (String sql : List.of(
                        "delete from api_token" + users,
                        "delete from password_recovery" + users,
                        "delete from user_role" + users,
                        "delete from platform_user where org_key = " + org,
                        "delete from organization_role where org_key = " + org,
                        "delete from organization where org_id = ?")) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setString(1, orgId);
                        s.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static long count(String sql, String value) {
        return TestDatabase.with(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, value);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}
