package org.bss.system.portal.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bss.system.ldap.TestDirectory;
import org.bss.system.support.TestDatabase;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers.TestUser;

/**
 * An LDAP-managed organization for the portal's LDAP pages: a real directory (UnboundID in memory in the test JVM,
 * {@link TestDirectory}) and a fixture organization whose own settings point at it, written into the database like
 * every fixture (docs/testing.md). Its administrator and its subscription manager are LDAP users: no BSS password,
 * they log in with their directory password. Making an organization LDAP-managed through the service is
 * LdapOrganizationIT's. {@link #close} deletes the organization with every user (also imported ones) and its settings,
 * and stops the directory.
 */
public final class LdapOrganizationFixture implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "portal-ldap-admin-pw";
    public static final String MANAGER_PASSWORD = "portal-ldap-manager-pw";

    private final TestDirectory directory;
    private final TestOrganization org;
    private final TestUser admin;
    private final TestUser manager;
    /** Prefix of the further directory entries of this run ({@code st-pldap-<random>-}). */
    private final String prefix = "st-pldap-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private LdapOrganizationFixture(TestDirectory directory, TestOrganization org, TestUser manager) {
        this.directory = directory;
        this.org = org;
        this.admin = new TestUser(org.admin().userKey(), org.admin().userId(), ADMIN_PASSWORD);
        this.manager = new TestUser(manager.userKey(), manager.userId(), MANAGER_PASSWORD);
    }

    /** Starts a directory with the administrator and the subscription manager and makes the organization use it. */
    public static LdapOrganizationFixture create() throws Exception {
        TestDirectory directory = new TestDirectory();
        TestOrganization org = null;
        try {
            org = TestOrganizations.create();
            TestUser manager = TestOrganizations.addUser(org, "ldapmgr", "SUBSCRIPTION_MANAGER");
            directory.person(org.admin().userId(), "Alice", "Adams", "alice@example.com", "en", ADMIN_PASSWORD);
            directory.person(manager.userId(), "Bob", "Brown", "bob@example.com", "de", MANAGER_PASSWORD);
            useDirectory(org.orgKey(), directory.settings());
            return new LdapOrganizationFixture(directory, org, manager);
        } catch (Exception | AssertionError e) {
            TestOrganizations.delete(org);
            directory.close();
            throw e;
        }
    }

    /** The organization's own LDAP keys and its users as LDAP users (what LdapOrganizationSwitch leaves behind). */
    private static void useDirectory(long orgKey, Map<String, String> settings) {
        TestDatabase.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into organization_ldap_setting (org_key, setting_key, setting_value) values (?, ?, ?)")) {
                for (Map.Entry<String, String> setting : settings.entrySet()) {
                    s.setLong(1, orgKey);
                    s.setString(2, setting.getKey());
                    s.setString(3, setting.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update platform_user set password_hash = null, ldap_managed = true where org_key = ?")) {
                s.setLong(1, orgKey);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The organization's stored LDAP keys (credentials in clear, as the table holds them). */
    public Map<String, String> storedSettings() {
        return TestDatabase.with(c -> {
            Map<String, String> stored = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select setting_key, setting_value from organization_ldap_setting where org_key = ?")) {
                s.setLong(1, org.orgKey());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stored.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return stored;
        });
    }

    /** A further person of the directory, user id {@link #prefix()} + {@code name}. */
    public String person(String name, String givenName, String sn, String mail, String language, String password)
            throws Exception {
        directory.person(prefix + name, givenName, sn, mail, language, password);
        return prefix + name;
    }

    public TestDirectory directory() {
        return directory;
    }

    public String orgId() {
        return org.orgId();
    }

    public long orgKey() {
        return org.orgKey();
    }

    /** The administrator, with the directory password. */
    public TestUser admin() {
        return admin;
    }

    /** A subscription manager (no administration rights), with the directory password. */
    public TestUser manager() {
        return manager;
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public void close() {
        try {
            TestOrganizations.delete(org);
        } finally {
            directory.close();
        }
    }
}
